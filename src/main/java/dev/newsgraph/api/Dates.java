package dev.newsgraph.api;

import java.time.Instant;

import dev.newsgraph.article.InvalidArticleException;
import dev.newsgraph.article.IsoDates;

/** Date arguments of the API: {@link IsoDates}, with a bad one reported as the client's error. */
final class Dates {

    private Dates() {
    }

    static Instant parse(String field, String value) {
        try {
            return IsoDates.parse(field, value);
        } catch (InvalidArticleException e) {
            throw new BadUserInputException(e.getMessage());
        }
    }

    /** The same, as the ISO string Cypher's datetime() reads; null stays null. */
    static String iso(String field, String value) {
        Instant instant = parse(field, value);
        return instant == null ? null : instant.toString();
    }
}
