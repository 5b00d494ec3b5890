package dev.newsgraph.api;

/**
 * What a selection would cost: its fields (and fragment spreads), how deep it nests, the rows it could
 * read and the text it hands to the extractor. Sums saturate instead of overflowing: 2^64 fields is
 * simply "too many".
 */
record RequestCost(long fields, int depth, long rows, long textChars) {

    static final RequestCost NONE = new RequestCost(0, 0, 0, 0);

    /** Two selections side by side. */
    RequestCost and(RequestCost other) {
        return new RequestCost(add(fields, other.fields), Math.max(depth, other.depth), add(rows, other.rows),
                add(textChars, other.textChars));
    }

    /** The same selection once more, as a fragment spread: it counts as one selection of its own. */
    RequestCost spread() {
        return new RequestCost(add(fields, 1), depth, rows, textChars);
    }

    /**
     * A field whose sub-selection costs this: one more field and level; a list of at most {@code items}
     * (0 for a single value) multiplies the rows below it, and counts each item as a row.
     */
    RequestCost asField(long items, long ownText, boolean countsDepth) {
        long rowsHere = items > 0 ? multiply(items, add(1, rows)) : rows;
        return new RequestCost(add(fields, 1), countsDepth ? depth + 1 : 1, rowsHere, add(textChars, ownText));
    }

    static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    static long multiply(long a, long b) {
        return a != 0 && b > Long.MAX_VALUE / a ? Long.MAX_VALUE : a * b;
    }
}
