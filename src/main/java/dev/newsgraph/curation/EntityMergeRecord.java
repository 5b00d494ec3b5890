package dev.newsgraph.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A merge decision, kept in the store (the system of record) so that every projection applies it, a rebuild of the
 * graph included: the entity {@code mergedId} is the entity {@code keepId} from then on.
 */
@Entity
@Table(name = "entity_merge")
public class EntityMergeRecord extends PanacheEntityBase {

    @Id
    @Column(name = "merged_id", length = 300)
    public String mergedId;

    @Column(name = "keep_id", nullable = false, length = 300)
    public String keepId;

    @Column(nullable = false)
    public Instant at;
}
