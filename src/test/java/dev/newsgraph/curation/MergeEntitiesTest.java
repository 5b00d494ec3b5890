package dev.newsgraph.curation;

import static dev.newsgraph.testsupport.GraphQL.READER_KEY;
import static dev.newsgraph.testsupport.GraphQL.post;
import static dev.newsgraph.testsupport.GraphQL.postWithKey;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.newsgraph.testsupport.ReprocessRuns;
import dev.newsgraph.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

/**
 * mergeEntities through /graphql, against the real Neo4j and store: two nodes for one minister become one, the
 * merged id answers with the kept entity, a later article naming the merged spelling attaches to it, and a rebuild
 * of the graph from the store gives the same facts.
 */
@QuarkusTest
class MergeEntitiesTest {

    static final String MERGE = """
            mutation Merge($keep: ID!, $merge: [String!]!) {
              mergeEntities(keep: $keep, merge: $merge) { merged articlesReprojected entity { id name aliases } }
            }""";
    static final String MET = """
            query Entity($id: ID!) { entity(id: $id) { id relations(types: [MET_WITH]) { other { id } evidence { articleId } } } }""";
    static final String KEEP = "person:telmo-quaresmano";
    static final String MERGED = "person:telmo-quaresma";

    @Inject
    Driver driver;

    long nodesWithId(String id) {
        return driver.executableQuery("MATCH (n:Entity {id: $id}) RETURN count(n) AS n").withParameters(Map.of("id", id))
                .execute().records().get(0).get("n").asLong();
    }

    static String checksum() {
        return post("{ stats { factsChecksum } }").extract().path("data.stats.factsChecksum");
    }

    @Test
    void twoNodesForOneMinisterBecomeOneThroughLaterArticlesAndARebuild() throws InterruptedException {
        GraphQL.ingest("Lisbon", "Portuguese Foreign Minister Telmo Quaresmano met with Dutch Foreign Minister "
                + "Ilse Vandermolen in Lisbon on Monday.");
        GraphQL.ingest("Brussels", "Portuguese Foreign Minister Telmo Quaresma met with Belgian Foreign "
                + "Minister Maxime Corvilain in Brussels on Friday.");
        assertEquals(1, nodesWithId(MERGED), "the extractor made two nodes of one minister");

        post(MERGE, "keep", KEEP, "merge", List.of(MERGED)).body("errors", nullValue())
                .body("data.mergeEntities.merged", equalTo(List.of(MERGED)))
                .body("data.mergeEntities.articlesReprojected", equalTo(1))
                .body("data.mergeEntities.entity.id", equalTo(KEEP))
                .body("data.mergeEntities.entity.aliases", hasItem("Telmo Quaresma"));
        assertEquals(0, nodesWithId(MERGED));
        String merged = checksum();
        post(MERGE, "keep", KEEP, "merge", List.of(MERGED)).body("errors", nullValue()) // again: nothing to do
                .body("data.mergeEntities.merged", equalTo(List.of()))
                .body("data.mergeEntities.articlesReprojected", equalTo(0));
        assertEquals(merged, checksum());
        post(MET, "id", MERGED).body("data.entity.id", equalTo(KEEP)); // the merged id answers with the kept one
        post(MET, "id", KEEP).body("data.entity.relations.other.id",
                containsInAnyOrder("person:ilse-vandermolen", "person:maxime-corvilain"));

        // a later article that spells the name the merged way attaches to the kept entity
        GraphQL.ingest("Madrid", "Portuguese Foreign Minister Telmo Quaresma met with Spanish Foreign "
                + "Minister Jose Albarenga in Madrid.");
        assertEquals(0, nodesWithId(MERGED));
        post(MET, "id", KEEP).body("data.entity.relations.other.id", hasItem("person:jose-albarenga"));

        String before = checksum();
        post("mutation { reprocess(onlyOutdated: false) { state } }").body("errors", nullValue());
        ReprocessRuns.awaitFinished();
        assertEquals(before, checksum(), "the graph rebuilt from the store keeps the merge");
        assertEquals(0, nodesWithId(MERGED));

        post("{ curationLog(first: 5) { edges { node { action target detail } } } }")
                .body("data.curationLog.edges.node.action", hasItem("mergeEntities"))
                .body("data.curationLog.edges.node.target", hasItem(KEEP));
    }

    @Test
    void mergesThatCannotBeDoneAreRefusedAndChangeNothing() {
        GraphQL.ingest("Vilnius", "Lithuanian Foreign Minister Ausra Kelmeliene met with Latvian Foreign "
                + "Minister Edgars Ozolkalns in Vilnius on Monday.");
        String keep = "person:ausra-kelmeliene";
        String other = "person:edgars-ozolkalns";
        String before = checksum();
        post(MERGE, "keep", keep, "merge", List.of("person:nobody-by-this-name"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(MERGE, "keep", keep, "merge", List.of(keep)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(MERGE, "keep", keep, "merge", List.of()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        postWithKey(READER_KEY, MERGE, "keep", keep, "merge", List.of(other))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(before, checksum());
        assertEquals(1, nodesWithId(other));
    }
}
