package dev.newsgraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.newsgraph.graph.EntityShape.RelationCursor;

/** The opaque {@code cursor} of a relation and the {@code after} argument that takes it back. */
final class RelationCursors {

    private static final String VERSION = "r1";
    // NUL never occurs in a relation type, a name or a fact key.
    private static final String SEPARATOR = "\u0000";

    private RelationCursors() {
    }

    static String encode(RelationCursor cursor) {
        String text = String.join(SEPARATOR, VERSION, cursor.type(), cursor.otherName(), cursor.key());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; null for none; a clear error for anything this API did not hand out. */
    static RelationCursor decode(String after) {
        if (after == null) {
            return null;
        }
        try {
            if (after.length() > ArgumentBounds.MAX_CURSOR_CHARS) {
                throw new IllegalArgumentException();
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            if (parts.length != 4 || !parts[0].equals(VERSION) || parts[1].isEmpty() || parts[3].isEmpty()) {
                throw new IllegalArgumentException();
            }
            return new RelationCursor(parts[1], parts[2], parts[3]);
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException("after is not a relation cursor this API returned");
        }
    }
}
