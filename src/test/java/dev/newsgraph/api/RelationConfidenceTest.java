package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Facts ranked and filtered by how sure the extraction was, through /graphql on the real Neo4j. */
@QuarkusTest
class RelationConfidenceTest {

    /** Her role's country comes from the dateline only (0.4); the meeting is an explicit trigger (0.8). */
    static final String TEXT = "MANILA, June 4 (Reuters) - Foreign Secretary Ana Reyes met Japanese Foreign Minister "
            + "Kenji Sato in Manila on Monday. The two ministers discussed maritime security.";

    static final String RELATIONS = """
            query($min: Float) { entity(id: "person:ana-reyes") {
              relations(minConfidence: $min) { type evidence { confidence } }
              relationsConnection(minConfidence: $min) { totalCount } } }""";

    /** Stored once: a second ingest of the same text is a duplicate, not a second article. */
    static void ingest() {
        post(INGEST, "input", article("Reyes meets Sato", TEXT)).body("errors", nullValue());
    }

    @Test
    void aMinimumConfidenceKeepsOnlyTheSurerFactsAndTheirSurerEvidence() {
        ingest();
        List<Map<String, Object>> all = relations(null);
        List<Map<String, Object>> sure = relations(0.7);
        assertTrue(all.stream().anyMatch(r -> r.get("type").equals("HOLDS_ROLE")), all.toString());
        assertTrue(sure.stream().noneMatch(r -> r.get("type").equals("HOLDS_ROLE")), sure.toString());
        assertTrue(sure.stream().anyMatch(r -> r.get("type").equals("MET_WITH")), sure.toString());
        for (Map<String, Object> r : sure) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) r.get("evidence");
            assertTrue(!evidence.isEmpty() && evidence.stream().allMatch(e -> ((Number) e.get("confidence")).doubleValue() >= 0.7),
                    r.toString());
        }
        int total = post(RELATIONS, "min", 0.7).extract().path("data.entity.relationsConnection.totalCount");
        assertEquals(sure.size(), total, "the connection counts the same facts");
    }

    @Test
    void aConfidenceOutsideZeroToOneIsRefusedWithAMessage() {
        ingest();
        post(RELATIONS, "min", 1.5).body("errors[0].message", containsString("minConfidence must be between 0 and 1"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    private static List<Map<String, Object>> relations(Double min) {
        return post(RELATIONS, "min", min).body("errors", nullValue()).extract().jsonPath().getList("data.entity.relations");
    }
}
