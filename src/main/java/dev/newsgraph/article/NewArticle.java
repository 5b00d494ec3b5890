package dev.newsgraph.article;

import java.time.Instant;

/** An article as a client sends it; {@code text} may be plain text or an HTML page. */
public record NewArticle(String url, String title, String source, Instant publishedAt, String text) {
}
