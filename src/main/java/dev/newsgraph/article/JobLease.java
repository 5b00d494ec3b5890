package dev.newsgraph.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Which process runs a job that must run once across all processes sharing the store (reprocessing), and until
 * when: the holder renews it while it works; another may take it over once it has run out (the holder died).
 */
@Entity
@Table(name = "job_lease")
public class JobLease extends PanacheEntityBase {

    @Id
    @Column(length = 50)
    public String job;

    @Column(nullable = false, length = 64)
    public String holder;

    @Column(name = "held_until", nullable = false)
    public Instant heldUntil;
}
