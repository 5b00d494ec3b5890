package dev.newsgraph.stream;

import dev.newsgraph.article.InvalidArticleException;
import dev.newsgraph.article.IsoDates;
import dev.newsgraph.article.NewArticle;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/**
 * An article as a record of the stream carries it: one JSON object with the fields of the API's ArticleInput
 * ({@code text}, and optionally {@code url}, {@code title}, {@code source}, {@code publishedAt}). What cannot be
 * read is refused with a reason, as the API refuses it.
 */
final class StreamedArticles {

    private StreamedArticles() {
    }

    static NewArticle read(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidArticleException("the record has no value: an article is a JSON object with a text");
        }
        JsonObject json;
        try {
            json = new JsonObject(value);
        } catch (DecodeException | ClassCastException e) {
            throw new InvalidArticleException("the record is not a JSON object: an article is a JSON object with a text");
        }
        return new NewArticle(string(json, "url"), string(json, "title"), string(json, "source"),
                IsoDates.parse("publishedAt", string(json, "publishedAt")), string(json, "text"));
    }

    private static String string(JsonObject json, String field) {
        Object v = json.getValue(field);
        if (v != null && !(v instanceof String)) {
            throw new InvalidArticleException(field + " must be a string");
        }
        return (String) v;
    }
}
