package dev.newsgraph.ingest;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleStore;
import dev.newsgraph.extract.Extractor;

/**
 * Rebuilds the graph from the article store, e.g. after the extractor improved: every article is
 * re-extracted and re-projected, which replaces what it said before, so nothing is duplicated.
 * One run at a time, in the background, with progress that the API reports.
 */
@ApplicationScoped
public class Reprocessing {

    private static final Logger LOG = Logger.getLogger(Reprocessing.class);
    private static final int PAGE = 200;

    /** A snapshot of a run's progress. */
    public record Progress(String state, boolean onlyOutdated, long total, long done, long failed,
            String extractorVersion, Instant startedAt, Instant finishedAt) {
    }

    @Inject
    ArticleStore store;

    @Inject
    ArticleIngestion ingestion;

    @Inject
    ManagedExecutor executor;

    @Inject
    dev.newsgraph.article.JobLeases leases;

    @Inject
    dev.newsgraph.graph.GraphWriter graph;

    /** The lease name of a reprocessing run: one at a time across the processes sharing the store. */
    static final String JOB = "reprocess";
    /** How long a lease lasts without renewal; renewed after every page of articles. */
    static final java.time.Duration LEASE = java.time.Duration.ofMinutes(2);

    private final AtomicReference<Run> current = new AtomicReference<>();

    private static final class Run {
        final boolean onlyOutdated;
        final long total;
        final Instant startedAt = Instant.now();
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        volatile Instant finishedAt;

        Run(boolean onlyOutdated, long total) {
            this.onlyOutdated = onlyOutdated;
            this.total = total;
        }

        Progress progress() {
            return new Progress(finishedAt == null ? "RUNNING" : "FINISHED", onlyOutdated, total, done.get(),
                    failed.get(), Extractor.VERSION, startedAt, finishedAt);
        }
    }

    /** Starts a run unless one is going on; either way answers with the progress of the current run. */
    public Progress start(boolean onlyOutdated) {
        Run run = new Run(onlyOutdated, store.countForReprocessing(onlyOutdated ? Extractor.VERSION : null));
        Run previous = current.get();
        if (previous != null && previous.finishedAt == null) {
            return previous.progress();
        }
        if (!leases.acquire(JOB, LEASE)) {
            // another instance sharing the store runs one: this one does not start a second
            return new Progress("RUNNING_ELSEWHERE", onlyOutdated, run.total, 0, 0, Extractor.VERSION, Instant.now(), null);
        }
        if (!current.compareAndSet(previous, run)) {
            return current.get().progress();
        }
        LOG.infof("Reprocessing %d articles with extractor %s", run.total, Extractor.VERSION);
        executor.runAsync(() -> execute(run));
        return run.progress();
    }

    public Progress progress() {
        Run run = current.get();
        return run == null ? null : run.progress();
    }

    private void execute(Run run) {
        try {
            String after = "";
            while (true) {
                List<String> ids = store.idsForReprocessing(run.onlyOutdated ? Extractor.VERSION : null, after, PAGE);
                if (ids.isEmpty()) {
                    break;
                }
                for (String id : ids) {
                    Article article = store.find(id).orElse(null);
                    if (article != null && ingestion.project(article)) {
                        run.done.incrementAndGet();
                    } else {
                        run.failed.incrementAndGet();
                    }
                }
                after = ids.get(ids.size() - 1);
                leases.acquire(JOB, LEASE); // still at work: renewed
            }
            if (!run.onlyOutdated) {
                graph.recountRollups(); // a full run leaves the dashboards' roll-ups counted afresh
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Reprocessing stopped early");
        } finally {
            leases.release(JOB);
            run.finishedAt = Instant.now();
            LOG.infof("Reprocessing finished: %d re-projected, %d failed (retried in the background)", run.done.get(),
                    run.failed.get());
        }
    }
}
