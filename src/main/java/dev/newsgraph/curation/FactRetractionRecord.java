package dev.newsgraph.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A fact a person retracted (retractFact): hidden from reads, its evidence kept; every projection applies it. */
@Entity
@Table(name = "fact_retraction")
public class FactRetractionRecord extends PanacheEntityBase {

    @Id
    @Column(name = "fact_key", length = 700)
    public String factKey;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(nullable = false)
    public Instant at;
}
