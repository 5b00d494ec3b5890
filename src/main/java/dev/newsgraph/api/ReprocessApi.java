package dev.newsgraph.api;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.ingest.Reprocessing;
import dev.newsgraph.security.Access;

/** Rebuilding the graph from the stored articles when the extractor changes. */
@GraphQLApi
@Access(Access.Level.READ)
public class ReprocessApi {

    @Inject
    Reprocessing reprocessing;

    @Name("ReprocessProgress")
    public record ProgressView(@NonNull String state, boolean onlyOutdated, long total, long done, long failed,
            @NonNull String extractorVersion, @NonNull java.time.Instant startedAt, java.time.Instant finishedAt) {

        static ProgressView of(Reprocessing.Progress p) {
            return p == null ? null : new ProgressView(p.state(), p.onlyOutdated(), p.total(), p.done(), p.failed(),
                    p.extractorVersion(), p.startedAt(), p.finishedAt());
        }
    }

    @Mutation
    @Access(Access.Level.WRITE)
    @Description("Re-extracts stored articles with the current extractor and re-projects them, in the background. "
            + "onlyOutdated (default) takes the articles extracted by another version; false takes all. "
            + "While a run is going on, answers with its progress instead of starting another; while another "
            + "instance sharing the store runs one, answers with state RUNNING_ELSEWHERE.")
    public @NonNull ProgressView reprocess(@DefaultValue("true") boolean onlyOutdated) {
        return ProgressView.of(reprocessing.start(onlyOutdated));
    }

    @Query
    @Description("Progress of the latest reprocessing run, or null when none ran since start-up.")
    public ProgressView reprocessProgress() {
        return ProgressView.of(reprocessing.progress());
    }
}
