package dev.newsgraph.testsupport;

import dev.newsgraph.article.Article;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The number of articles in the store, read in a transaction of its own. */
public final class StoredArticles {

    private StoredArticles() {
    }

    public static long count() {
        Long count = QuarkusTransaction.requiringNew().call(() -> Article.count());
        return count;
    }
}
