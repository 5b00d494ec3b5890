package dev.newsgraph.api;

/** Bounds on list sizes: every list has a default size and a maximum, and asking for more is an error. */
final class Paging {

    static final int DEFAULT_FIRST = 20;
    static final int MAX_FIRST = 100;

    private Paging() {
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
