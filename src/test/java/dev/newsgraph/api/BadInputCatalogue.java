package dev.newsgraph.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import jakarta.json.Json;

/**
 * Hostile and broken input of every kind the API can meet, as request bodies, grouped by what they
 * attack. {@link BadInputCatalogueTest} sends each and says what must come back.
 */
final class BadInputCatalogue {

    /** What a case must get: an error; an error coded BAD_USER_INPUT; or data or an error, but no change. */
    enum Expect {
        REFUSED, BAD_USER_INPUT, HARMLESS
    }

    record Case(String name, String body, Expect expect) {
    }

    static final String CYPHER = "') MATCH (n) DETACH DELETE n //\"}]->(x) RETURN 1; CALL db.clearQueryCaches()";
    static final String LUCENE = "name:* OR aliases:\"x\"~2 AND (a TO z] \\ ^10 /re.*x/ && || !";
    private static final String TEXT = "French President Emmanuel Macron spoke.";
    private static final String BIG = "Leaders met in Paris. ".repeat(50_000);

    private final List<Case> cases = new ArrayList<>();

    static List<Case> all() {
        BadInputCatalogue c = new BadInputCatalogue();
        c.transportAndSyntax();
        c.malformedJson();
        c.articles();
        c.paging();
        c.requestBudget();
        c.edgeValidation();
        c.harmless();
        return List.copyOf(c.cases);
    }

    private void transportAndSyntax() {
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
    }

    /** JSON the parser would choke on, or that is not a GraphQL request: a 400. */
    private void malformedJson() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        refused("JSON nested 1,000 levels deep in variables", "{\"query\": \"{ stats { evidence } }\", \"variables\": {\"a\": " + deep + "}}");
        refused("JSON nested 1,000 levels deep in extensions", "{\"query\": \"{ stats { evidence } }\", \"extensions\": "
                + "{\"a\": ".repeat(1000) + "1" + "}".repeat(1000) + "}");
        refused("a top-level array nested 1,000 levels deep", deep);
        refused("JSON nested 101 levels deep", "{\"query\": \"{ stats { evidence } }\", \"variables\": {\"a\": "
                + "[".repeat(100) + "]".repeat(100) + "}}");
        refused("truncated JSON", "{\"query\": \"{ stats { evidence } }\"");
        refused("query is an object", "{\"query\": {\"stats\": 1}}");
        refused("operationName is a number", "{\"query\": \"{ stats { evidence } }\", \"operationName\": 5}");
    }

    private void articles() {
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
    }

    private void paging() {
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
    }

    /** What the hostile probe found, and variants: each over a limit of the request budget. */
    private void requestBudget() {
        refusedAsBadInput("fragment fan-out, N=22", gql(fanOut(22, "stats { evidence }")));
        refusedAsBadInput("fragment fan-out, N=30", gql(fanOut(30, "stats { evidence }")));
        refusedAsBadInput("fragment fan-out, N=60", gql(fanOut(60, "stats { evidence }")));
        refusedAsBadInput("fragment fan-out over introspection", gql(fanOut(22, "__schema { types { name } }")));
        refusedAsBadInput("a chain of 60 fragments", gql(chain(60)));
        refusedAsBadInput("depth hidden in fragments", gql("{ entity(id: \"country:CN\") { ...F8 } }"
                + " fragment F0 on Entity { name }" + nested(8)));
        refusedAsBadInput("10 extract aliases of one 2M-character variable", gql(aliases(10,
                "extract(text: $t) { sentences }", "$t: String!"), "t", "x".repeat(2_000_000)));
        refusedAsBadInput("2 extract aliases of 1.5M characters", gql(aliases(2, "extract(text: $t) { sentences }",
                "$t: String!"), "t", "x".repeat(1_500_000)));
        refusedAsBadInput("2 ingestArticle aliases of 1.1M characters", gql(aliases(2,
                "ingestArticle(input: {text: $t}) { created }", "$t: String!").replaceFirst("query", "mutation"), "t", BIG));
        refusedAsBadInput("57 aliases of 90,100 rows each", gql(aliases(57, "search(text: \"China\", first: 100)"
                + " { entity { relations(first: 100) { other { relations(first: 8) { type } } } } }", null)));
        refusedAsBadInput("rows from first variables", gql("query($n: Int) { search(text: \"China\", first: $n) { entity {"
                + " relations(first: $n) { other { relations(first: $n) { type } } } } } }", "n", 100));
        refusedAsBadInput("one extract text over the limit", gql("query($t: String!) { extract(text: $t) { sentences } }",
                "t", "x".repeat(2_000_001)));
        refusedAsBadInput("rows from a neighbourhood's nodes", gql("{ neighborhood(id: \"org:nato\", limit: 200) { nodes {"
                + " relations(first: 100) { other { relations(first: 10) { type } } } } } }"));
        refused("introspection twice in one request", gql("{ a: __schema { types { name } } b: __schema { types { name } } }"));
        refusedAsBadInput("2,000 inline fragments", gql("{ stats { " + "... on Stats { evidence } ".repeat(2000) + "} }"));
        refusedAsBadInput("an expensive operation beside the one named", "{\"query\": \"query A { stats { evidence } } "
                + fanOut(22, "stats { evidence }").replace("{ ...F22 }", "query B { ...F22 }") + "\", \"operationName\": \"A\"}");
    }

    private void edgeValidation() {
        refusedAsBadInput("publishedAt in year 999,999,999", ingest(TEXT, null, "+999999999-12-31T23:59:59Z"));
        refusedAsBadInput("publishedAt before 1900", ingest(TEXT, null, "1899-12-31"));
        refusedAsBadInput("publishedAt 101 years ahead", ingest(TEXT, null, LocalDate.now().plusYears(101).toString()));
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
                Collections.nCopies(1000, "Example News")));
        refusedAsBadInput("a cursor of 100,000 characters", gql("query($a: String) { entities(after: $a) { totalCount } }", "a", "A".repeat(100_000)));
        refusedAsBadInput("a cursor holding NaN", gql("query($a: String) { entities(orderBy: MENTIONS, after: $a) { totalCount } }", "a",
                Base64.getUrlEncoder().withoutPadding().encodeToString("e1|MENTIONS|country:CN|dNaN".getBytes())));
    }

    private void harmless() {
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

    private void refused(String name, String body) {
        cases.add(new Case(name, body, Expect.REFUSED));
    }

    private void refusedAsBadInput(String name, String body) {
        cases.add(new Case(name, body, Expect.BAD_USER_INPUT));
    }

    private void harmless(String name, String body) {
        cases.add(new Case(name, body, Expect.HARMLESS));
    }

    /** N fragments, each spreading the one before twice: 2^N copies of the first once expanded. */
    static String fanOut(int n, String selection) {
        StringBuilder q = new StringBuilder("{ ...F" + n + " } fragment F0 on Query { " + selection + " }");
        for (int i = 1; i <= n; i++) {
            q.append(" fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1).append(" }");
        }
        return q.toString();
    }

    private static String chain(int n) {
        StringBuilder q = new StringBuilder("{ ...F" + n + " } fragment F0 on Query { stats { evidence } }");
        for (int i = 1; i <= n; i++) {
            q.append(" fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" }");
        }
        return q.toString();
    }

    /** Fragments F1..Fn on Entity, each nesting the one before two levels deeper. */
    private static String nested(int n) {
        StringBuilder q = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            q.append(" fragment F").append(i).append(" on Entity { relations { other { ...F").append(i - 1).append(" } } }");
        }
        return q.toString();
    }

    private static String aliases(int n, String field, String variables) {
        StringBuilder q = new StringBuilder(variables == null ? "query {" : "query(" + variables + ") {");
        for (int i = 0; i < n; i++) {
            q.append(" a").append(i).append(": ").append(field);
        }
        return q.append(" }").toString();
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
            } else if (variables[i + 1] instanceof Number n) {
                vars.add((String) variables[i], n.longValue());
            } else {
                vars.add((String) variables[i], variables[i + 1].toString());
            }
        }
        return Json.createObjectBuilder().add("query", query).add("variables", vars).build().toString();
    }

    static String ingest(String text, String url, String publishedAt) {
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
}
