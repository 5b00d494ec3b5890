package dev.newsgraph.api;

import java.util.List;

/**
 * Bounds on the arguments that go to the graph as they are: ids, sources, cursors. Parameters keep them
 * from being Cypher; these keep a client from sending megabytes of one or thousands of another.
 */
final class ArgumentBounds {

    /** Far above any id newsgraph makes (a kind and a slug of a name). */
    static final int MAX_ID_CHARS = 500;
    /** The longest source an article can have (ArticleStore). */
    static final int MAX_SOURCE_CHARS = 200;
    static final int MAX_SOURCES = 50;
    /** A cursor holds an id, a name and a little more, base64-encoded; decoders refuse longer ones unread. */
    static final int MAX_CURSOR_CHARS = 2000;

    private ArgumentBounds() {
    }

    static String id(String name, String value) {
        if (value != null && value.length() > MAX_ID_CHARS) {
            throw new BadUserInputException(name + " must be at most " + MAX_ID_CHARS + " characters");
        }
        return value;
    }

    static String source(String name, String value) {
        if (value != null && value.length() > MAX_SOURCE_CHARS) {
            throw new BadUserInputException(name + " must be at most " + MAX_SOURCE_CHARS + " characters");
        }
        return value;
    }

    static List<String> sources(String name, List<String> values) {
        if (values != null && values.size() > MAX_SOURCES) {
            throw new BadUserInputException(name + " may name at most " + MAX_SOURCES + " sources");
        }
        if (values != null) {
            values.forEach(v -> source(name, v));
        }
        return values;
    }
}
