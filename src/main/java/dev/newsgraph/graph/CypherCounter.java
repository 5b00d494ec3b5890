package dev.newsgraph.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the Cypher statements the service sends (newsgraph_cypher_queries_total at /q/metrics), so
 * that round trips per GraphQL request can be watched and tested.
 */
@ApplicationScoped
public class CypherCounter {

    private final Counter statements;

    @Inject
    public CypherCounter(MeterRegistry registry) {
        this.statements = Counter.builder("newsgraph.cypher.queries")
                .description("Cypher statements sent to Neo4j").register(registry);
    }

    public void add(int count) {
        statements.increment(count);
    }
}
