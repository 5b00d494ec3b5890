package dev.newsgraph.ingest;

import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where ingestion spends its time, by stage, in the metrics (newsgraph_ingest_stage_seconds{stage=...}): storing
 * an article, extracting it (per article, on whichever thread), projecting a batch into the graph, and marking
 * the articles projected. The ingestion benchmark reads them to say which stage to work on.
 */
@ApplicationScoped
public class IngestTimers {

    private final Timer store;
    private final Timer extract;
    private final Timer project;
    private final Timer mark;

    @Inject
    public IngestTimers(MeterRegistry registry) {
        this.store = timer(registry, "store");
        this.extract = timer(registry, "extract");
        this.project = timer(registry, "project");
        this.mark = timer(registry, "mark");
    }

    private static Timer timer(MeterRegistry registry, String stage) {
        return Timer.builder("newsgraph.ingest.stage").tag("stage", stage)
                .description("Time spent in one stage of ingestion").register(registry);
    }

    <T> T store(Supplier<T> work) {
        return store.record(work);
    }

    <T> T extract(Supplier<T> work) {
        return extract.record(work);
    }

    void project(Runnable work) {
        project.record(work);
    }

    <T> T mark(Supplier<T> work) {
        return mark.record(work);
    }
}
