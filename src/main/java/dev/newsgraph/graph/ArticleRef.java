package dev.newsgraph.graph;

import java.time.Instant;

/** What the graph keeps of a stored article: enough to show it and to find it in the store. */
public record ArticleRef(String id, String url, String title, String source, Instant publishedAt, String contentHash,
        String extractorVersion) {
}
