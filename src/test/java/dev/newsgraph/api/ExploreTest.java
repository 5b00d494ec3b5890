package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Look-ups, dashboard aggregates and exploration through /graphql, on articles with known facts and dates. */
@QuarkusTest
class ExploreTest {

    /** The agreement of Chile's that Peru is a party to, in an agreements(party:) answer (GPath). */
    static final String WITH_PERU = "data.agreements.find { a -> a.parties.entity.id.contains('country:PE') }";
    static final String WITH_PERU_TYPED =
            "data.agreements.find { a -> a.agreement.parties.entity.id.contains('country:PE') }.agreement";

    static final String JANUARY = "Chilean President Gabriel Boric met with Peruvian President Dina Boluarte in Lima on Tuesday. "
            + "Chile and Peru signed a free trade agreement during the visit.";
    static final String JUNE = "Peruvian President Dina Boluarte met with Bolivian President Luis Arce on Friday.";

    private static boolean ingested;

    // Not @BeforeAll: REST Assured points at the test application only once Quarkus runs the tests.
    @BeforeEach
    void ingestOnce() throws Exception {
        if (ingested) {
            return;
        }
        ingested = true;
        ingest("January", JANUARY, "2024-01-10T09:00:00Z", "explore-a");
        ingest("June", JUNE, "2024-06-10T09:00:00Z", "explore-b");
        // Enough entities for the round-trip comparison of 1 and 50 items.
        try (var files = Files.list(Path.of("eval", "articles"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(8).toList()) {
                ingest(file.getFileName().toString(), Files.readString(file), "2023-05-01T00:00:00Z", "gold");
            }
        }
    }

    private static void ingest(String title, String text, String publishedAt, String source) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("text", text);
        input.put("publishedAt", publishedAt);
        input.put("source", source);
        post(INGEST, "input", input).body("errors", nullValue());
    }

    @Test
    void lookUpsByCodeAndByName() {
        post("{ country(code: \"pe\") { id name type ... on Country { code } } }")
                .body("data.country.id", equalTo("country:PE"))
                .body("data.country.name", equalTo("Peru"));
        post("{ country(code: \"ZZ\") { id } }").body("errors", nullValue()).body("data.country", nullValue());
        post("{ country(code: \"Peru\") { id } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("{ entitiesByName(name: \"dina boluarte\") { id type } }")
                .body("data.entitiesByName.id", contains("person:dina-boluarte"));
        post("{ entitiesByName(name: \"Peru\", types: [Person]) { id } }")
                .body("data.entitiesByName", hasSize(0));
    }

    @Test
    void topEntitiesCountArticlesInTheTimeWindow() {
        post("{ topEntities(types: [Person], from: \"2024-01-01\", to: \"2024-02-01\", first: 10) { articles entity { id } } }")
                .body("errors", nullValue())
                .body("data.topEntities.entity.id", hasItem("person:gabriel-boric"))
                .body("data.topEntities.entity.id", not(hasItem("person:luis-arce")));
        post("{ topEntities(types: [Person], from: \"2024-01-01\", to: \"2025-01-01\", sources: [\"explore-a\", \"explore-b\"]) "
                + "{ articles entity { id } } }")
                .body("data.topEntities[0].entity.id", equalTo("person:dina-boluarte"))
                .body("data.topEntities[0].articles", equalTo(2));
        post("{ topEntities(from: \"soon\") { articles } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("{ topEntities(first: 101) { articles } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void entitiesArePagedFilteredAndSortedWithoutLossOrRepeats() {
        for (String order : List.of("NAME", "MENTIONS", "LAST_SEEN")) {
            java.util.List<String> seen = new java.util.ArrayList<>();
            String after = null;
            long total = -1;
            for (int page = 0; page < 100; page++) {
                var json = post("query($after: String) { entities(types: [Country], orderBy: " + order
                        + ", first: 7, after: $after) { totalCount edges { cursor mentions node { id name } } "
                        + "pageInfo { hasNextPage endCursor } } }", "after", after)
                        .body("errors", nullValue()).extract().jsonPath();
                total = json.getLong("data.entities.totalCount");
                seen.addAll(json.getList("data.entities.edges.node.id"));
                if (!json.getBoolean("data.entities.pageInfo.hasNextPage")) {
                    break;
                }
                after = json.getString("data.entities.pageInfo.endCursor");
            }
            assertEquals(total, seen.size(), order + ": every country once");
            assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), order + ": none repeated");
            assertTrue(total >= 4, order + ": the countries of this test's articles at least");
        }
        post("{ entities(types: [Person], nameContains: \"bolua\") { edges { node { id } } } }")
                .body("data.entities.edges.node.id", contains("person:dina-boluarte"));
        post("{ entities(types: [Person], mentionedFrom: \"2024-06-01\", mentionedTo: \"2024-07-01\", source: \"explore-b\", "
                + "orderBy: MENTIONS) { totalCount edges { mentions node { id } } } }")
                .body("data.entities.edges.node.id", hasItem("person:luis-arce"))
                .body("data.entities.edges.node.id", not(hasItem("person:gabriel-boric")));
        String nameCursor = post("{ entities(first: 1) { pageInfo { endCursor } } }").extract()
                .path("data.entities.pageInfo.endCursor");
        post("query($c: String) { entities(orderBy: MENTIONS, after: $c) { totalCount } }", "c", nameCursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("{ entities(after: \"bm9wZQ\") { totalCount } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("{ entities(first: 500) { totalCount } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void timelineBucketsMentionsByMonth() {
        post("{ timeline(id: \"person:dina-boluarte\", from: \"2024-01-01\", to: \"2025-01-01\", bucket: MONTH) "
                + "{ bucket articles } }")
                .body("errors", nullValue())
                .body("data.timeline.bucket", contains("2024-01-01", "2024-06-01"))
                .body("data.timeline.articles", contains(1, 1));
    }

    @Test
    void coMentionedEntitiesWithSharedArticles() {
        post("{ entity(id: \"person:gabriel-boric\") { coMentioned(first: 10) { count entity { id } } } }")
                .body("errors", nullValue())
                .body("data.entity.coMentioned.entity.id", hasItem("person:dina-boluarte"))
                .body("data.entity.coMentioned.entity.id", not(hasItem("person:luis-arce")));
    }

    @Test
    void agreementsWithTheirParties() {
        post("{ agreements(party: \"country:CL\") { agreement { id type } parties { status entity { id } } } }")
                .body("errors", nullValue())
                .body("data.agreements[0].agreement.type", equalTo("Agreement"))
                // the Chile-Peru deal of this test's articles (other tests store other deals of Chile)
                .body(WITH_PERU + ".parties.entity.id", hasItem("country:CL"))
                .body(WITH_PERU + ".parties.status", everyItem(equalTo("signed")));
        post("{ agreements(status: \"maybe\") { parties { status } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void connectionsAreShortestPathsWithEvidenceOnEveryHop() {
        post("{ connections(from: \"person:gabriel-boric\", to: \"person:luis-arce\", maxHops: 3) "
                + "{ nodes { id } edges { type sourceId targetId evidence { sentence articleId } } } }")
                .body("errors", nullValue())
                .body("data.connections[0].nodes.id",
                        contains("person:gabriel-boric", "person:dina-boluarte", "person:luis-arce"))
                .body("data.connections[0].edges.type", everyItem(equalTo("MET_WITH")))
                .body("data.connections[0].edges[0].evidence[0].sentence", equalTo(
                        "Chilean President Gabriel Boric met with Peruvian President Dina Boluarte in Lima on Tuesday."))
                .body("data.connections[0].edges[1].evidence[0].sentence", equalTo(JUNE));
        post("{ connections(from: \"person:gabriel-boric\", to: \"person:luis-arce\", maxHops: 1) { nodes { id } } }")
                .body("data.connections", hasSize(0));
        post("{ connections(from: \"a\", to: \"b\", maxHops: 9) { nodes { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void neighborhoodIsASubgraphReadyToDraw() {
        post("{ neighborhood(id: \"person:dina-boluarte\", depth: 1, types: [MET_WITH]) "
                + "{ nodes { id } edges { type sourceId targetId } } }")
                .body("errors", nullValue())
                .body("data.neighborhood.nodes.id", hasItem("person:gabriel-boric"))
                .body("data.neighborhood.nodes.id", hasItem("person:luis-arce"))
                .body("data.neighborhood.nodes.id", not(hasItem("country:PE")))
                .body("data.neighborhood.edges", hasSize(greaterThanOrEqualTo(2)))
                .body("data.neighborhood.edges.type", everyItem(equalTo("MET_WITH")));
        post("{ neighborhood(id: \"nobody\") { nodes { id } } }").body("data.neighborhood", nullValue());
        post("{ neighborhood(id: \"person:dina-boluarte\", depth: 7) { nodes { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void nestedQueriesCostTheSameNumberOfCypherRoundTripsForOneAndFiftyItems() {
        String nested = "query($n: Int) { topEntities(first: $n) { entity { id "
                + "relations(first: 5) { type other { id } } articles(first: 3) { id } coMentioned(first: 3) { count } } } }";
        long forOne = cypherStatementsFor(nested, 1, 1);
        long forFifty = cypherStatementsFor(nested, 50, 50);
        assertEquals(forOne, forFifty, "round trips must not grow with the number of items");
        assertEquals(1, forOne, "topEntities and every nested list in one query");

        String articles = "query($n: Int) { articles(first: $n) { edges { node { id "
                + "entities(first: 5) { entity { id relations(first: 3) { other { id } } } } } } } }";
        long articlesForOne = cypherStatementsFor(articles, 1, 1);
        assertEquals(articlesForOne, cypherStatementsFor(articles, 50, 10));
        assertEquals(1, articlesForOne, "the article page comes from the article store, all the rest in one query");
    }

    @Test
    void typedEntitiesCarryTheirOwnFields() {
        post("""
                { entity(id: "person:dina-boluarte") { __typename name
                    ... on Person { roles { title of { id __typename ... on Country { code } } } } } }""")
                .body("errors", nullValue())
                .body("data.entity.__typename", equalTo("Person"))
                .body("data.entity.roles.title", hasItem("President"))
                .body("data.entity.roles.of.id", hasItem("country:PE"))
                .body("data.entity.roles.of.code", hasItem("PE"));
        post("""
                { agreements(party: "country:CL") { agreement { id __typename
                    ... on Agreement { parties { status entity { id __typename } } } } } }""")
                .body("errors", nullValue())
                .body("data.agreements[0].agreement.__typename", equalTo("Agreement"))
                .body(WITH_PERU_TYPED + ".parties.entity.id", hasItem("country:CL"))
                .body(WITH_PERU_TYPED + ".parties.status", everyItem(equalTo("signed")))
                .body(WITH_PERU_TYPED + ".parties.entity.__typename", everyItem(equalTo("Country")));
        // Fields of one kind are not on another: asking a country for roles is a validation error.
        post("{ country(code: \"PE\") { ... on Country { roles { title } } } }")
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void relationsPageByCursorWithoutLosingOrRepeatingAFact() {
        String all = """
                query($id: ID!) { entity(id: $id) { relations(first: 100) { type outgoing other { id } } } }""";
        String page = """
                query($id: ID!, $after: String) { entity(id: $id) {
                    relations(first: 2, after: $after) { type outgoing other { id } cursor } } }""";
        // The most connected entity of the test data.
        String id = post("{ topEntities(first: 1) { entity { id } } }").extract().path("data.topEntities[0].entity.id");
        List<Map<String, Object>> expected = post(all, "id", id).body("errors", nullValue())
                .extract().path("data.entity.relations");
        assertTrue(expected.size() > 4, "enough facts to need three pages: " + expected.size());

        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 100; pages++) {
            List<Map<String, Object>> items = post(page, "id", id, "after", after).body("errors", nullValue())
                    .extract().path("data.entity.relations");
            if (items.isEmpty()) {
                break;
            }
            for (Map<String, Object> item : items) {
                seen.add(item.get("type") + " " + item.get("outgoing") + " " + ((Map<?, ?>) item.get("other")).get("id"));
            }
            after = (String) items.get(items.size() - 1).get("cursor");
        }
        assertEquals(expected.stream().map(item -> item.get("type") + " " + item.get("outgoing") + " "
                + ((Map<?, ?>) item.get("other")).get("id")).toList(), seen);

        // The same facts as a Relay connection: total count, and pages until hasNextPage is false.
        String connection = """
                query($id: ID!, $after: String) { entity(id: $id) { relationsConnection(first: 3, after: $after) {
                    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { type outgoing other { id } } } } } }""";
        List<String> paged = new java.util.ArrayList<>();
        after = null;
        for (int pages = 0; pages < 100; pages++) {
            var json = post(connection, "id", id, "after", after).body("errors", nullValue())
                    .body("data.entity.relationsConnection.totalCount", equalTo(expected.size()))
                    .extract().jsonPath();
            List<Map<String, Object>> nodes = json.getList("data.entity.relationsConnection.edges.node");
            for (Map<String, Object> item : nodes) {
                paged.add(item.get("type") + " " + item.get("outgoing") + " " + ((Map<?, ?>) item.get("other")).get("id"));
            }
            if (!json.getBoolean("data.entity.relationsConnection.pageInfo.hasNextPage")) {
                assertTrue(nodes.size() <= 3);
                break;
            }
            assertEquals(3, nodes.size(), "a page before the last is full");
            after = json.getString("data.entity.relationsConnection.pageInfo.endCursor");
        }
        assertEquals(seen, paged);

        post("{ entity(id: \"country:PE\") { relations(after: \"bm90LWEtY3Vyc29y\") { type } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("cursor"));
    }

    @Test
    void aWholeNestedRequestIsOneCypherQuery() {
        String deep = """
                { entity(id: "person:dina-boluarte") { id
                    ... on Person { roles { of { id relations(first: 3) { other { id } } } } }
                    relations(first: 3) { cursor evidence { sentence } other { id
                      relations(first: 3, direction: OUTGOING) { other { id articles(first: 2) { id }
                        coMentioned(first: 2) { entity { id } } } } } } } }""";
        double before = metric();
        post(deep).body("errors", nullValue()).body("data.entity.relations", hasSize(greaterThanOrEqualTo(2)));
        assertEquals(1, Math.round(metric() - before), "one Cypher query for the whole request");

        // Two aliases of one list with the same arguments are read once, their selections merged.
        String aliases = """
                { entity(id: "country:PE") { a: relations(first: 5) { other { id } }
                    b: relations(first: 5) { other { name mentions } }
                    c: relationsConnection(first: 2) { totalCount edges { node { other { id } } } } } }""";
        before = metric();
        post(aliases).body("errors", nullValue())
                .body("data.entity.a.other.id", hasSize(greaterThanOrEqualTo(2)))
                .body("data.entity.b.other.name", hasSize(greaterThanOrEqualTo(2)))
                .body("data.entity.c.edges", hasSize(2));
        assertEquals(1, Math.round(metric() - before));
    }

    @Test
    void twoAliasesOfAnArticlesEntitiesWithDifferentArgumentsEachGetTheirOwn() {
        String query = """
                { articles(first: 5) { edges { node { id
                    one: entities(first: 1) { entity { id } }
                    five: entities(first: 5) { entity { id name } } } } } }""";
        double before = metric();
        var json = post(query).body("errors", nullValue()).extract().jsonPath();
        assertEquals(2, Math.round(metric() - before), "one query per distinct first, for the whole page");
        List<List<Object>> one = json.getList("data.articles.edges.node.one");
        List<List<Object>> five = json.getList("data.articles.edges.node.five");
        assertTrue(one.stream().allMatch(list -> list.size() <= 1), one.toString());
        assertTrue(five.stream().anyMatch(list -> list.size() > 1), five.toString());
    }

    @Test
    void aRequestThatWouldFanOutTooFarIsRefused() {
        post("""
                { topEntities(first: 100) { entity { relations(first: 100) {
                    other { relations(first: 100) { other { id } } } } } } }""")
                .body("errors[0].message", containsString("smaller first values"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    /** Cypher statements counted by the service's metric for one request; checks the list really had n items. */
    private long cypherStatementsFor(String query, int n, int atLeast) {
        double before = metric();
        var json = post(query, "n", n).body("errors", nullValue()).extract().jsonPath();
        double after = metric();
        Object data = json.get("data");
        String text = data.toString();
        int items = text.split("id=", -1).length - 1;
        assertTrue(items >= atLeast, "the answer holds at least " + atLeast + " items: " + items);
        return Math.round(after - before);
    }

    private static double metric() {
        return dev.newsgraph.testsupport.CypherStatements.total();
    }

}
