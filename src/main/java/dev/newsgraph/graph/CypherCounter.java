package dev.newsgraph.graph;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/** Counts the Cypher statements the service sends, so round trips per request can be checked. */
@ApplicationScoped
public class CypherCounter {

    private final AtomicLong statements = new AtomicLong();

    public void add(int count) {
        statements.addAndGet(count);
    }

    public long total() {
        return statements.get();
    }
}
