package dev.newsgraph.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A split decision (splitAlias): where an entity is named by this alias, it is another entity. Kept in the store
 * so that every projection applies it, a rebuild of the graph included.
 */
@Entity
@Table(name = "alias_split")
public class AliasSplitRecord extends PanacheEntityBase {

    /** The entity's id and the alias in lower case, joined by a newline: one decision per alias of an entity. */
    @Id
    @Column(name = "split_key", length = 700)
    public String splitKey;

    @Column(name = "entity_id", nullable = false, length = 300)
    public String entityId;

    @Column(nullable = false, length = 300)
    public String alias;

    @Column(name = "target_id", nullable = false, length = 300)
    public String targetId;

    @Column(nullable = false)
    public Instant at;
}
