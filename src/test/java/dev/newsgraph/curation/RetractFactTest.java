package dev.newsgraph.curation;

import static dev.newsgraph.testsupport.GraphQL.READER_KEY;
import static dev.newsgraph.testsupport.GraphQL.post;
import static dev.newsgraph.testsupport.GraphQL.postWithKey;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.newsgraph.testsupport.ReprocessRuns;
import dev.newsgraph.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

/**
 * retractFact through /graphql, against the real Neo4j and store: the fact leaves every read of facts, keeps its
 * evidence for includeRetracted, and stays retracted when another article states it and when the graph is rebuilt.
 */
@QuarkusTest
class RetractFactTest {

    static final String PERSON = "person:telmo-brandao";
    static final String OTHER = "person:ines-valdivieso";
    static final String MET = """
            query R($id: ID!, $all: Boolean) {
              entity(id: $id) {
                relations(types: [MET_WITH], includeRetracted: $all) { key retracted retractReason other { id } evidence { articleId } }
                relationsConnection(types: [MET_WITH], includeRetracted: $all) { totalCount }
              }
            }""";
    static final String RETRACT = "mutation X($key: String!, $why: String!) { retractFact(key: $key, reason: $why) { key reason } }";

    @Test
    void aRetractedFactLeavesEveryReadKeepsItsEvidenceAndStaysRetracted() throws InterruptedException {
        GraphQL.ingest("Santiago", "Portuguese Foreign Minister Telmo Brandao met with Chilean Foreign Minister "
                + "Ines Valdivieso in Santiago on Monday.");
        String key = post(MET, "id", PERSON, "all", false).body("data.entity.relations", hasSize(1))
                .extract().path("data.entity.relations[0].key");

        post(RETRACT, "key", key, "why", "They never met: a misreading").body("errors", nullValue())
                .body("data.retractFact.key", equalTo(key));
        post(MET, "id", PERSON, "all", false).body("data.entity.relations", empty())
                .body("data.entity.relationsConnection.totalCount", equalTo(0));
        post(MET, "id", PERSON, "all", true).body("data.entity.relations[0].retracted", equalTo(true))
                .body("data.entity.relations[0].retractReason", equalTo("They never met: a misreading"))
                .body("data.entity.relations[0].evidence", hasSize(1))
                .body("data.entity.relationsConnection.totalCount", equalTo(1));
        post("query C($a: ID!, $b: ID!) { connections(from: $a, to: $b) { edges { type } } }", "a", PERSON, "b", OTHER)
                .body("data.connections", empty());
        post("query N($id: ID!) { neighborhood(id: $id) { edges { type } } }", "id", PERSON)
                .body("data.neighborhood.edges.type", not(hasItem("MET_WITH")));

        // another article says it again: still retracted, now with two pieces of evidence
        GraphQL.ingest("Santiago again", "Chilean Foreign Minister Ines Valdivieso met with Portuguese Foreign "
                + "Minister Telmo Brandao again on Thursday.");
        post(MET, "id", PERSON, "all", false).body("data.entity.relations", empty());
        post(MET, "id", PERSON, "all", true).body("data.entity.relations[0].evidence", hasSize(2));

        String checksum = post("{ stats { factsChecksum } }").extract().path("data.stats.factsChecksum");
        post("mutation { reprocess(onlyOutdated: false) { state } }").body("errors", nullValue());
        ReprocessRuns.awaitFinished();
        post(MET, "id", PERSON, "all", false).body("data.entity.relations", empty());
        post(MET, "id", PERSON, "all", true).body("data.entity.relations[0].retracted", equalTo(true));
        assertEquals(checksum, post("{ stats { factsChecksum } }").extract().path("data.stats.factsChecksum"));
        post("{ curationLog(first: 10) { edges { node { action target } } } }")
                .body("data.curationLog.edges.node.action", hasItem("retractFact"));
    }

    @Test
    void retractionsThatCannotBeDoneAreRefused() {
        post(RETRACT, "key", "MET_WITH|person:a|person:b", "why", "no such fact")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.ingest("Quito", "Peruvian Foreign Minister Rosa Quintanilla met with Ecuadorian Foreign "
                + "Minister Marco Velasquillo in Quito on Monday.");
        String key = post(MET, "id", "person:rosa-quintanilla", "all", false).extract().path("data.entity.relations[0].key");
        post(RETRACT, "key", key, "why", "   ").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        postWithKey(READER_KEY, RETRACT, "key", key, "why", "x").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        post(MET, "id", "person:rosa-quintanilla", "all", false).body("data.entity.relations", hasSize(1));
    }
}
