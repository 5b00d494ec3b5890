package dev.newsgraph.testsupport;

import java.util.Map;

import org.neo4j.driver.Driver;

/** Node and relationship counts, read straight from Neo4j. */
public record GraphCounts(long nodes, long relationships) {

    public static GraphCounts of(Driver driver) {
        var r = driver.executableQuery("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                RETURN nodes, relationships""").withParameters(Map.of()).execute().records().get(0);
        return new GraphCounts(r.get("nodes").asLong(), r.get("relationships").asLong());
    }
}
