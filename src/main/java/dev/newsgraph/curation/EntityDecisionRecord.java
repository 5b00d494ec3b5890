package dev.newsgraph.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What people decided about one entity, kept in the store (the system of record) so that every projection applies
 * it, a rebuild of the graph included: the entity it was merged into, or the name and type it has. Null fields
 * keep what extraction says.
 */
@Entity
@Table(name = "entity_decision")
public class EntityDecisionRecord extends PanacheEntityBase {

    @Id
    @Column(name = "entity_id", length = 300)
    public String entityId;

    /** The entity this one was merged into (mergeEntities), or null. */
    @Column(name = "merged_into", length = 300)
    public String mergedInto;

    @Column(length = 300)
    public String name;

    /** An entity type's label ("Place"), or null. */
    @Column(length = 20)
    public String type;

    @Column(nullable = false)
    public Instant at;
}
