package dev.newsgraph.api;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.article.ArticleStatus;
import dev.newsgraph.article.ArticleStore;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.graph.GraphRecords;
import dev.newsgraph.security.Access;

/** The graph and the store in numbers: for dashboards, and to check that nothing was lost or doubled. */
@GraphQLApi
@Access(Access.Level.READ)
public class StatsApi {

    @Inject
    GraphReader graph;

    @Inject
    ArticleStore store;

    @Name("Count")
    public record CountView(@NonNull String key, long count) {
    }

    @Name("Stats")
    public record StatsView(@Description("Stored articles by status") @NonNull List<@NonNull CountView> articlesByStatus,
            @Description("Articles in the graph") long graphArticles,
            @NonNull List<@NonNull CountView> entitiesByType, @NonNull List<@NonNull CountView> relationsByType,
            long evidence,
            @Description("SHA-256 over the sorted keys of all facts: equal graphs have equal checksums") @NonNull String factsChecksum) {
    }

    @Query
    @Description("Counts of stored articles by status, entities by type, facts by relation type and evidence.")
    public @NonNull StatsView stats() {
        GraphRecords.GraphStats stats = graph.stats();
        Map<ArticleStatus, Long> byStatus = store.countByStatus();
        return new StatsView(
                byStatus.entrySet().stream().map(e -> new CountView(e.getKey().name(), e.getValue())).toList(),
                stats.articles(), counts(stats.entitiesByType()), counts(stats.relationsByType()), stats.evidence(),
                stats.factsChecksum());
    }

    private static List<CountView> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new CountView(e.getKey(), e.getValue())).toList();
    }
}
