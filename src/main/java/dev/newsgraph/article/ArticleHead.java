package dev.newsgraph.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A stored article without its text: what a page or a look-up needs when the text is not asked for. The
 * text is the bulk of a row (read as a large object), so leaving it out is most of the cost of the read.
 */
// Hibernate builds it through its constructor, by reflection also in the native executable.
@RegisterForReflection
public record ArticleHead(String id, String url, String title, String source, Instant publishedAt,
        Instant ingestedAt, ArticleStatus status, String extractorVersion) {

    /** The article with this id, without its text. */
    public static Optional<ArticleHead> byId(String id) {
        return Article.find("id", id).project(ArticleHead.class).firstResultOptional();
    }

    /** Newest first, from {@code query} (with its parameters), at most {@code count} from the start. */
    public static List<ArticleHead> page(String query, int count, Object... params) {
        PanacheQuery<ArticleHead> heads = Article.find(query, params).project(ArticleHead.class);
        return heads.range(0, count - 1).list();
    }
}
