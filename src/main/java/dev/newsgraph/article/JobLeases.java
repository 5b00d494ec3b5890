package dev.newsgraph.article;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Leases on jobs that must run once across the processes sharing the store. This process is one holder, named
 * once at start-up; a lease is taken with a conditional update (or an insert, the first time), so that of two
 * processes asking at once exactly one gets it, on H2 and PostgreSQL alike.
 */
@ApplicationScoped
public class JobLeases {

    private final String holder = UUID.randomUUID().toString();

    /** Takes or renews the lease on {@code job} for {@code length}; false when another process holds it. */
    public boolean acquire(String job, Duration length) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant until = now.plus(length);
        int taken = QuarkusTransaction.requiringNew().call(() -> JobLease.update(
                "holder = ?1, heldUntil = ?2 where job = ?3 and (holder = ?1 or heldUntil < ?4)", holder, until, job, now));
        if (taken == 1) {
            return true;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (JobLease.findById(job) == null) {
                    JobLease lease = new JobLease();
                    lease.job = job;
                    lease.holder = holder;
                    lease.heldUntil = until;
                    lease.persist();
                }
            });
        } catch (RuntimeException e) {
            return false; // another process inserted it at the same moment
        }
        return QuarkusTransaction.requiringNew().call(() -> JobLease.<JobLease> findByIdOptional(job)
                .map(l -> l.holder.equals(holder)).orElse(false));
    }

    /** Gives the lease up, if this process holds it. */
    public void release(String job) {
        QuarkusTransaction.requiringNew().run(() -> JobLease.delete("job = ?1 and holder = ?2", job, holder));
    }
}
