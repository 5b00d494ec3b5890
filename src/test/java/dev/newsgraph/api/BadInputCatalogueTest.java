package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.WRITER_KEY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.newsgraph.testsupport.GraphCounts;
import dev.newsgraph.testsupport.StoredArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Hostile and broken input of every kind the API can meet. Each gets a clear answer (a GraphQL error,
 * or a 4xx for what is not GraphQL at all), never a 500 or a stack trace, and none changes anything.
 */
@QuarkusTest
class BadInputCatalogueTest {

    /** Must be refused with an error. */
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();
    /** Of those, the ones whose error must carry extensions.code BAD_USER_INPUT. */
    private static final java.util.Set<String> BAD_INPUT = new java.util.HashSet<>();
    private static final String TEXT = "French President Emmanuel Macron spoke.";
    /** Harmless when read as plain data: may answer with data or a clear error, but must change nothing. */
    private static final Map<String, String> HARMLESS = new LinkedHashMap<>();

    static final String CYPHER = "') MATCH (n) DETACH DELETE n //\"}]->(x) RETURN 1; CALL db.clearQueryCaches()";
    static final String LUCENE = "name:* OR aliases:\"x\"~2 AND (a TO z] \\ ^10 /re.*x/ && || !";

    static {
        refused("malformed GraphQL", "{\"query\": \"query { articles(first: 1 { totalCount } }\"}");
        refused("empty body", "");
        refused("not JSON", "hello, graph");
        refused("JSON without a query", "{}");
        refused("query is a number", "{\"query\": 42}");
        refused("variables not an object", "{\"query\": \"query { articles { totalCount } }\", \"variables\": \"x\"}");
        refused("unknown field", gql("query { nothingHere }"));
        refused("unknown argument", gql("query { articles(last: 3) { totalCount } }"));
        refused("wrong variable type", gql("query($f: Int) { articles(first: $f) { totalCount } }", "f", "ten"));
        refused("missing required variable", gql("query($t: String!) { search(text: $t) { score } }"));
        refused("null for a required argument", gql("query($t: String!) { extract(text: $t) { sentences } }", "t", null));
        refused("unknown enum value", gql("query { search(text: \"x\", types: [Planet]) { score } }"));
        refused("operation name that does not exist", "{\"query\": \"query A { articles { totalCount } }\", \"operationName\": \"B\"}");
        refused("fragment cycle", gql("query { search(text: \"x\") { entity { ...A } } } fragment A on Entity { name ...B } fragment B on Entity { id ...A }"));
        refused("empty article text", ingest("", "https://example.org/a", "2025-01-01"));
        refused("whitespace-only article text", ingest(" \n\t \u00a0 \n", null, null));
        refused("control characters only", ingest("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008", null, null));
        refused("binary junk", ingest(binary(), null, null));
        refused("HTML with only a script", ingest("<html><body><script>alert('Xi Jinping met Joe Biden')</script></body></html>", null, null));
        refused("article over the size limit", ingest("Leaders met in Paris. ".repeat(12_000), null, null));
        refused("raw input over the input limit", ingest("<p>x</p>".repeat(300_000), null, null));
        refused("relative URL", ingest("French President Emmanuel Macron spoke.", "/news/1", null));
        refused("javascript URL", ingest("French President Emmanuel Macron spoke.", "javascript:alert(1)", null));
        refused("URL with spaces", ingest("French President Emmanuel Macron spoke.", "http://exa mple.org/a b", null));
        refused("impossible date", ingest("French President Emmanuel Macron spoke.", null, "2025-13-45"));
        refused("date in words", ingest("French President Emmanuel Macron spoke.", null, "last Tuesday"));
        refused("title over 1000 characters", ingestWithTitle("French President Emmanuel Macron spoke.", "T".repeat(1001)));
        refused("first far too large", gql("query { articles(first: 100000) { totalCount } }"));
        refused("negative first", gql("query { articles(first: -5) { totalCount } }"));
        refused("first too large on a nested list", gql("query { search(text: \"China\") { entity { relations(first: 5000) { type } } } }"));
        refused("forged cursor", gql("query { articles(after: \"YTF8bm90LWEtZGF0ZXxpZA\") { totalCount } }"));
        refused("cursor that is not base64", gql("query { articles(after: \"%%%\") { totalCount } }"));
        refused("search text with no words", gql("query { search(text: \"()[]{}~*?\\\\\") { score } }"));
        refused("search text of 10,000 characters", gql("query($t: String!) { search(text: $t) { score } }", "t", "a".repeat(10_000)));
        refused("deeply nested query", gql("query { search(text: \"x\") { entity { relations { other { relations { other { relations { other { relations { other { relations { other { name } } } } } } } } } } } } }"));
        refused("aliased amplification", gql(amplified(300)));
        refused("field flood", gql("query { articles { " + "totalCount ".repeat(6000) + "} }"));
        refused("batch of operations", "[" + gql("query { articles { totalCount } }") + "," + gql("query { articles { totalCount } }") + "]");
        refused("mutation without input", gql("mutation { ingestArticle { created } }"));
        refused("text of 10 MB", ingest("x".repeat(10 * 1024 * 1024), null, null));
        refusedAsBadInput("publishedAt in year 999,999,999", ingest(TEXT, null, "+999999999-12-31T23:59:59Z"));
        refusedAsBadInput("publishedAt before 1900", ingest(TEXT, null, "1899-12-31"));
        refusedAsBadInput("publishedAt 101 years ahead", ingest(TEXT, null, java.time.LocalDate.now().plusYears(101).toString()));
        refusedAsBadInput("date argument in year 999,999,999", gql("query { topEntities(from: \"+999999999-12-31T23:59:59Z\") { articles } }"));
        refusedAsBadInput("date argument in year 1", gql("query { timeline(id: \"country:CN\", to: \"0001-01-01\") { bucket } }"));
        refusedAsBadInput("mentionedFrom in year 9999", gql("query { entities(mentionedFrom: \"9999-12-31\") { totalCount } }"));
        for (String field : List.of("search(text: \"China\", types: [null]) { score }", "entities(types: [Person, null]) { totalCount }",
                "entitiesByName(name: \"NATO\", types: [null]) { id }", "topEntities(types: [null]) { articles }",
                "topEntities(sources: [null]) { articles }", "neighborhood(id: \"org:nato\", types: [null]) { nodes { id } }",
                "entity(id: \"country:CN\") { relations(types: [null]) { type } }",
                "entity(id: \"country:CN\") { relationsConnection(types: [MET_WITH, null]) { totalCount } }")) {
            refusedAsBadInput("null in a list: " + field, gql("query { " + field + " }"));
        }
        refusedAsBadInput("null in a list variable", gql("query($t: [EntityType]) { search(text: \"China\", types: $t) { score } }",
                "t", Arrays.asList("Person", null)));
        refusedAsBadInput("a connection from an entity to itself", gql("query { connections(from: \"country:CN\", to: \"country:CN\") { nodes { id } } }"));
        refusedAsBadInput("an id of 20,000 characters in timeline", gql("query($i: ID!) { timeline(id: $i) { bucket } }", "i", "x".repeat(20_000)));
        refusedAsBadInput("an id of 20,000 characters in connections", gql("query($i: ID!) { connections(from: $i, to: \"x\") { nodes { id } } }", "i", "x".repeat(20_000)));
        refusedAsBadInput("a party id of 20,000 characters", gql("query($i: ID) { agreements(party: $i) { parties { status } } }", "i", "x".repeat(20_000)));
        refusedAsBadInput("a source of 10,000 characters", gql("query($s: String) { entities(source: $s) { totalCount } }", "s", "s".repeat(10_000)));
        refusedAsBadInput("a thousand sources", gql("query($s: [String]) { topEntities(sources: $s) { articles } }", "s",
                java.util.Collections.nCopies(1000, "Example News")));
        refusedAsBadInput("a cursor of 100,000 characters", gql("query($a: String) { entities(after: $a) { totalCount } }", "a", "A".repeat(100_000)));
        refusedAsBadInput("a cursor holding NaN", gql("query($a: String) { entities(orderBy: MENTIONS, after: $a) { totalCount } }", "a",
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("e1|MENTIONS|country:CN|dNaN".getBytes())));

        harmless("Cypher in search text", gql("query($t: String!) { search(text: $t) { score } }", "t", CYPHER));
        harmless("Cypher in an entity id", gql("query($i: ID!) { entity(id: $i) { name } }", "i", CYPHER));
        harmless("Cypher in an article id", gql("query($i: ID!) { article(id: $i) { title } }", "i", CYPHER));
        harmless("Lucene syntax in search text", gql("query($t: String!) { search(text: $t) { score } }", "t", LUCENE));
        harmless("mixed-script text, dry run", gql("query($t: String!) { extract(text: $t) { entities { name } } }", "t",
                "Präsident Макрон встретился с 习近平 في باريس 🇫🇷 and Prime Minister Narendra Modi हिन्दी."));
        harmless("Cypher in a dry-run text", gql("query($t: String!) { extract(text: $t) { entities { name } } }", "t",
                "President " + CYPHER + " met with Prime Minister MATCH (n) DELETE n."));
        harmless("huge entity id", gql("query($i: ID!) { entity(id: $i) { name } }", "i", "x".repeat(20_000)));
    }

    @Inject
    Driver driver;

    @Test
    void everyKindOfBadInputGetsAClearErrorAndChangesNothing() {
        assertTrue(REFUSED.size() + HARMLESS.size() >= 30, "the catalogue covers at least 30 kinds");
        // Something to find, so that nested fields (relations of a search hit) are really resolved.
        given().header("Authorization", "Bearer " + WRITER_KEY).contentType("application/json")
                .body(ingest("Chinese President Xi Jinping met with Brazilian President Luiz Inacio Lula da Silva in Beijing.",
                        null, null))
                .post("/graphql").then().statusCode(200);
        GraphCounts graphBefore = GraphCounts.of(driver);
        long storedBefore = StoredArticles.count();
        List<String> failures = new ArrayList<>();
        REFUSED.forEach((name, body) -> check(name, body, true, failures));
        HARMLESS.forEach((name, body) -> check(name, body, false, failures));
        assertEquals(List.of(), failures);
        assertEquals(storedBefore, StoredArticles.count(), "no article stored");
        assertEquals(graphBefore, GraphCounts.of(driver), "graph unchanged");
    }

    private static void check(String name, String body, boolean mustFail, List<String> failures) {
        Response response;
        try {
            response = given().header("Authorization", "Bearer " + WRITER_KEY)
                    .contentType("application/json").body(body).when().post("/graphql");
        } catch (Exception e) {
            // A body over the HTTP limit is answered with 413 and the connection closed while the client
            // is still sending: the client sees a broken pipe. The server must still be serving.
            if (body.length() > 8 * 1024 * 1024 && given().contentType("application/json")
                    .body(gql("query { articles(first: 1) { totalCount } }")).post("/graphql").statusCode() == 200) {
                return;
            }
            failures.add(name + ": " + e);
            return;
        }
        int status = response.statusCode();
        String text = response.asString();
        if (status >= 500) {
            failures.add(name + ": HTTP " + status);
        } else if (text.contains("\tat ") || text.contains("at dev.newsgraph") || text.contains("java.lang.")
                || text.contains("org.neo4j") || text.contains("org.hibernate")) {
            failures.add(name + ": internals in the response: " + abbreviate(text));
        } else if (mustFail && status == 200 && !text.contains("\"errors\"")) {
            failures.add(name + ": accepted: " + abbreviate(text));
        } else if (BAD_INPUT.contains(name) && !text.contains("\"code\":\"BAD_USER_INPUT\"")) {
            failures.add(name + ": not refused as BAD_USER_INPUT: " + abbreviate(text));
        } else if (status == 200 && text.contains("\"errors\"") && !text.contains("\"message\"")) {
            failures.add(name + ": an error without a message: " + abbreviate(text));
        } else if (status == 200 && text.contains("Server Error")) {
            failures.add(name + ": an unexplained server error: " + abbreviate(text));
        }
    }

    private static void refused(String name, String body) {
        REFUSED.put(name, body);
    }

    private static void refusedAsBadInput(String name, String body) {
        refused(name, body);
        BAD_INPUT.add(name);
    }

    private static void harmless(String name, String body) {
        HARMLESS.put(name, body);
    }

    static String gql(String query, Object... variables) {
        var vars = Json.createObjectBuilder();
        for (int i = 0; i < variables.length; i += 2) {
            if (variables[i + 1] == null) {
                vars.addNull((String) variables[i]);
            } else if (variables[i + 1] instanceof List<?> list) {
                var items = Json.createArrayBuilder();
                list.forEach(item -> {
                    if (item == null) {
                        items.addNull();
                    } else {
                        items.add(item.toString());
                    }
                });
                vars.add((String) variables[i], items);
            } else {
                vars.add((String) variables[i], variables[i + 1].toString());
            }
        }
        return Json.createObjectBuilder().add("query", query).add("variables", vars).build().toString();
    }

    private static String ingest(String text, String url, String publishedAt) {
        var input = Json.createObjectBuilder().add("text", text).add("title", "bad input");
        if (url != null) {
            input.add("url", url);
        }
        if (publishedAt != null) {
            input.add("publishedAt", publishedAt);
        }
        return Json.createObjectBuilder()
                .add("query", "mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }")
                .add("variables", Json.createObjectBuilder().add("input", input)).build().toString();
    }

    private static String ingestWithTitle(String text, String title) {
        return Json.createObjectBuilder()
                .add("query", "mutation($input: ArticleInput!) { ingestArticle(input: $input) { created } }")
                .add("variables", Json.createObjectBuilder().add("input",
                        Json.createObjectBuilder().add("text", text).add("title", title)))
                .build().toString();
    }

    private static String binary() {
        StringBuilder s = new StringBuilder();
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 4000; i++) {
            char c = (char) random.nextInt(0x20);
            s.append(c == '\n' || c == '\t' ? '\u0001' : c).append((char) (0xE000 + random.nextInt(0x1000)));
        }
        return s.toString();
    }

    private static String amplified(int aliases) {
        StringBuilder q = new StringBuilder("query {");
        for (int i = 0; i < aliases; i++) {
            q.append(" a").append(i).append(": search(text: \"China\") { entity { name aliases } }");
        }
        return q.append(" }").toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

}
