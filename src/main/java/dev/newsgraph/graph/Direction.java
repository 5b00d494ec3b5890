package dev.newsgraph.graph;

/** Which relationships of an entity to follow. */
public enum Direction {
    OUTGOING, INCOMING, BOTH
}
