package dev.newsgraph.article;

/** Where an article stands between the store and the graph. */
public enum ArticleStatus {
    /** Stored, not (yet) in the graph: projection has not run or failed and will be retried. */
    PENDING,
    /** Its facts are in the graph, as extracted by {@code Article.extractorVersion}. */
    PROJECTED
}
