package dev.newsgraph.graph;

/** The key that makes one fact one relationship, however many articles state it. */
final class FactKeys {

    private FactKeys() {
    }

    static String of(String type, String sourceId, String targetId, String title) {
        return type + "|" + sourceId + "|" + targetId + (title == null || title.isEmpty() ? "" : "|" + title.toLowerCase(java.util.Locale.ROOT));
    }
}
