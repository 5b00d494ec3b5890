package dev.newsgraph.api;

/** Bounds on list sizes: every list has a default size and a maximum, and asking for more is an error. */
final class Paging {

    static final int DEFAULT_FIRST = 20;
    static final int MAX_FIRST = 100;

    private Paging() {
    }

    /** A bounded integer argument: its default when absent, a clear error outside [min, max]. */
    static int bounded(String name, Integer value, int defaultValue, int min, int max) {
        int v = value == null ? defaultValue : value;
        if (v < min || v > max) {
            throw new BadUserInputException(name + " must be between " + min + " and " + max + ", got " + v);
        }
        return v;
    }

    static int first(Integer first) {
        if (first == null) {
            return DEFAULT_FIRST;
        }
        if (first < 0) {
            throw new BadUserInputException("first must not be negative, got " + first);
        }
        if (first > MAX_FIRST) {
            throw new BadUserInputException("first must be at most " + MAX_FIRST + ", got " + first);
        }
        return first;
    }
}
