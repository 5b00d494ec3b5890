package dev.newsgraph.curation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.article.ArticleStore;
import dev.newsgraph.graph.GraphWriter;

/**
 * Deletes an article for good: from the store, then from the graph with everything only it supported. The store
 * goes first so that neither the retry job nor a rebuild brings the article back; the graph part is one
 * transaction and idempotent, so a call that failed half-way is completed by calling again.
 */
@ApplicationScoped
public class ArticleDeletion {

    @Inject
    ArticleStore store;

    @Inject
    GraphWriter graph;

    @Inject
    CurationLog log;

    /** What one call removed; {@code deleted} is false when the article was already gone everywhere. */
    public record Deleted(String articleId, boolean deleted, long factsRemoved, long entitiesRemoved) {
    }

    public Deleted delete(String articleId, String actor) {
        boolean stored = store.delete(articleId);
        GraphWriter.Forgotten forgotten = graph.forget(articleId);
        boolean deleted = stored || forgotten.articles() > 0;
        if (deleted) {
            log.record(actor, "deleteArticle", articleId, "facts removed: " + forgotten.facts() + ", entities removed: "
                    + forgotten.entities() + (stored ? "" : " (the store no longer held it)"), List.of());
        }
        return new Deleted(articleId, deleted, forgotten.facts(), forgotten.entities());
    }
}
