package dev.newsgraph.graph;

import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import dev.newsgraph.testsupport.ReprocessRuns;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The roll-ups that dashboards read (mentions per entity and day, and per entity and week) equal a recount from
 * the raw mentions after ingestion, after a merge re-projects articles, after a deletion and after a full
 * reprocessing; timeline and topEntities answer from them what they answer from the articles themselves. So does
 * each entity's lastSeen, the publication time of its latest article, which the entities list shows and sorts by.
 */
@QuarkusTest
class MentionRollupTest {

    private static final String INGEST = """
            mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) { created article { id } } }""";

    @Inject
    Driver driver;

    @Test
    void rollupsEqualARecountThroughIngestMergeDeleteAndReprocess() throws Exception {
        List<String> ids = post(INGEST, "inputs", List.of(
                article("Rollup one", "2023-05-02", "rollup-a", "Foreign Minister Oskar Trelleborn of Kestrelia met "
                        + "Vandorian Foreign Minister Pia Marrowind in Orlin on Tuesday. Trelleborn praised the talks."),
                article("Rollup two", "2023-05-02", "rollup-b", "Oskar Trelleborn visited Orlin again, and Pia "
                        + "Marrowind said Kestrelia would sign the grain pact."),
                article("Rollup three", "2023-05-20", "rollup-a", "Minister O. Trelleborn spoke in Orlin about the "
                        + "grain pact with Vandoria."),
                article("Rollup undated", null, "rollup-a", "Pia Marrowind and Oskar Trelleborn met in Orlin.")))
                .body("errors", nullValue()).extract().path("data.ingestArticles.article.id");
        assertRollupsMatchMentions();

        // a timeline from the roll-ups equals the same question asked of the articles (a bound a second off midnight)
        String timeline = "{ timeline(id: \"person:oskar-trelleborn\", from: \"%s\", to: \"2024-01-01\", bucket: WEEK) "
                + "{ bucket articles mentions } }";
        List<Map<String, Object>> weeks = post(timeline.formatted("2023-01-01")).body("errors", nullValue())
                .extract().path("data.timeline");
        assertFalse(weeks.isEmpty());
        assertEquals(post(timeline.formatted("2023-01-01T00:00:01Z")).extract().path("data.timeline"), weeks);

        // so does a ranking: whole days from the week and day roll-ups, a second off midnight from the articles
        String top = "{ topEntities(types: [Person], from: \"%s\", to: \"2023-06-01\", first: 5) "
                + "{ articles mentions entity { id } } }";
        List<Map<String, Object>> ranked = post(top.formatted("2023-04-30")).body("errors", nullValue())
                .extract().path("data.topEntities");
        assertFalse(ranked.isEmpty());
        assertEquals(post(top.formatted("2023-04-30T00:00:01Z")).extract().path("data.topEntities"), ranked);

        // a merge re-projects the articles that mention the merged entity: mentions move, roll-ups with them
        // (two people, merged as a curator would merge two spellings of one: what matters is that mentions move)
        post("mutation { mergeEntities(keep: \"person:oskar-trelleborn\", merge: [\"person:pia-marrowind\"]) { merged } }")
                .body("errors", nullValue()).body("data.mergeEntities.merged", equalTo(List.of("person:pia-marrowind")));
        assertRollupsMatchMentions();

        post("mutation($id: ID!) { deleteArticle(id: $id) { deleted } }", "id", ids.get(1))
                .body("data.deleteArticle.deleted", equalTo(true));
        assertRollupsMatchMentions();

        // the entities list shows each entity's latest article without reading its mentions; deleting that
        // article makes the one before it the latest
        // (Orlin: in articles one, three and the undated one now)
        String listed = "{ entities(nameContains: \"orlin\") { edges { mentions lastSeen node { name } } } }";
        String orlin = "data.entities.edges.find { it.node.name == 'Orlin' }.";
        post(listed).body("errors", nullValue()).body(orlin + "lastSeen", equalTo("2023-05-20T00:00:00Z"))
                .body(orlin + "mentions", equalTo(3));
        post("mutation($id: ID!) { deleteArticle(id: $id) { deleted } }", "id", ids.get(2))
                .body("data.deleteArticle.deleted", equalTo(true));
        assertRollupsMatchMentions();
        post(listed).body(orlin + "lastSeen", equalTo("2023-05-02T00:00:00Z")).body(orlin + "mentions", equalTo(2));

        // a roll-up gone wrong is counted afresh by a full reprocessing
        driver.executableQuery("MATCH (r:MentionDay) WITH r LIMIT 1 SET r.articles = r.articles + 7").execute();
        post("mutation { reprocess(onlyOutdated: false) { state } }").body("errors", nullValue());
        ReprocessRuns.awaitFinished();
        assertRollupsMatchMentions();
    }

    private static Map<String, Object> article(String title, String publishedAt, String source, String text) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("publishedAt", publishedAt);
        a.put("source", source);
        a.put("text", text);
        return a;
    }

    /** Every roll-up (per day and per week) equals the count of its mentions, and every group has its roll-up. */
    private void assertRollupsMatchMentions() {
        List<Record> wrong = driver.executableQuery("""
                CALL () {
                    MATCH (a:Article)-[m:MENTIONS]->(n:Entity)
                    WITH n, CASE WHEN a.publishedAt IS NULL THEN date('1000-01-01') ELSE date(a.publishedAt) END AS day, m
                    UNWIND [['day', day], ['week', date.truncate('week', day)]] AS period
                    WITH n.id AS entityId, n.type AS type, period[0] AS unit, period[1] AS start,
                         count(*) AS articles, sum(m.count) AS mentions
                    RETURN collect({k: [unit, entityId, type, toString(start)], v: [articles, mentions]}) AS counted
                }
                CALL () {
                    MATCH (r:MentionDay|MentionWeek)
                    WITH r, CASE WHEN r:MentionDay THEN 'day' ELSE 'week' END AS unit
                    RETURN collect({k: [unit, r.entityId, r.type, toString(coalesce(r.day, r.week))],
                                    v: [r.articles, r.mentions]}) AS rolled
                }
                WITH counted, rolled
                RETURN [x IN counted WHERE NOT x IN rolled] + [x IN rolled WHERE NOT x IN counted] AS differences
                """).execute().records();
        assertEquals(List.of(), wrong.get(0).get("differences").asList(), "roll-ups that differ from a recount");
        List<Record> stale = driver.executableQuery("""
                MATCH (n:Entity)
                CALL (n) {
                    OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
                    RETURN max(a.publishedAt) AS last
                }
                WITH n, last WHERE NOT coalesce(n.lastSeen = last, n.lastSeen IS NULL AND last IS NULL)
                      OR n.lastSeenStale IS NOT NULL
                RETURN collect([n.id, toString(n.lastSeen), toString(last)]) AS wrong
                """).execute().records();
        assertEquals(List.of(), stale.get(0).get("wrong").asList(), "entities whose lastSeen is not their latest article");
    }
}
