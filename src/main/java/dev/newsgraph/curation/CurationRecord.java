package dev.newsgraph.curation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One curation decision, as the audit list shows it: who (the API key's name), when, what and on which id. Kept
 * in the article store, the system of record, beside the articles it may have removed.
 */
@Entity
@Table(name = "curation_record")
public class CurationRecord extends PanacheEntityBase {

    /** Ascending in the order decisions were made; the audit list pages on it, newest first. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 100)
    public String actor;

    @Column(nullable = false, length = 40)
    public String action;

    @Column(nullable = false, length = 200)
    public String target;

    @Column(length = 1000)
    public String detail;
}
