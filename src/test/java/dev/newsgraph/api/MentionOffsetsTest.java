package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.newsgraph.article.Article;
import dev.newsgraph.testsupport.CypherStatements;
import dev.newsgraph.testsupport.ReprocessRuns;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Where entities are named, as a page highlighting them would use it: every span's offsets, applied to the
 * text the API returns (extract's cleaned text, a stored article's text), give the span's text.
 */
@QuarkusTest
class MentionOffsetsTest {

    /** Plain text: the person named in full first, by surname only two sentences later. */
    static final String PLAIN = """
            Leaders Meet in Manila

            Philippine President Ferdinand Marcos Jr. met with Japanese Prime Minister Shigeru Ishiba in Manila on Sunday.
            The two leaders agreed to expand a defence pact between the Philippines and Japan.
            Ishiba said Japan would support the Philippines in the Association of Southeast Asian Nations (ASEAN).
            """;

    /**
     * An HTML page: script and navigation dropped, entities and a non-BMP character (two UTF-16 units) before
     * the names, so the cleaned text's offsets differ from the input's.
     */
    static final String HTML = """
            <!doctype html><html><head><title>Summit</title><script>var leader = "Xi Jinping";</script></head>
            <body><nav>Home &middot; World &middot; Asia</nav>
            <article><h1>Leaders meet in Jakarta</h1>
            <p>\uD83C\uDF0F Indonesian President Prabowo Subianto met with Japanese Prime Minister
               Shigeru&nbsp;Ishiba in Jakarta on Thursday &amp; Friday.</p>
            <p>The two leaders agreed to establish a maritime security dialogue between Indonesia and Japan.</p>
            <p>Ishiba said Japan would support Indonesia in the Association of Southeast Asian Nations (ASEAN).</p>
            </article><footer>&copy; Example News</footer></body></html>""";

    static final String SPAN = "mentions { start end text sentenceIndex kind }";

    static final String EXTRACT = "query($t: String!) { extract(text: $t) { text sentences entities { id name count "
            + SPAN + " } } }";

    static final String ARTICLE = "query($id: ID!) { article(id: $id) { id text entities(first: 100) { count entity { id name } "
            + SPAN + " } } }";

    static final String INGEST_ID = "mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id } } }";

    @Inject
    Driver driver;

    @Test
    void extractSpansPointIntoTheTextItReturns() {
        for (String input : List.of(PLAIN, HTML)) {
            JsonPath extraction = post(EXTRACT, "t", input).body("errors", nullValue()).extract().jsonPath();
            String text = extraction.getString("data.extract.text");
            List<Map<String, Object>> entities = extraction.getList("data.extract.entities");
            assertSpansAreInText(text, entities);
            assertKindsMarked(text, entities);
            assertSurnameListedUnderFullName(text, entities);
            int sentences = extraction.getInt("data.extract.sentences");
            for (Map<String, Object> span : spansOf(entities)) {
                assertTrue((Integer) span.get("sentenceIndex") < sentences, span.toString());
            }
        }
        String cleaned = post(EXTRACT, "t", HTML).extract().path("data.extract.text");
        assertFalse(cleaned.contains("<") || cleaned.contains("&amp;") || cleaned.contains("Xi Jinping")
                || cleaned.contains("Home"), "the HTML is reduced to the article's text: " + cleaned);
    }

    @Test
    void aStoredArticleListsTheSameSpansAsExtractInOneQuery() {
        String html = HTML.replace("Thursday", "Wednesday");
        JsonPath ingested = post("""
                mutation($input: ArticleInput!) { ingestArticle(input: $input) { article { id text
                  entities(first: 100) { entity { id } %s } } } }""".formatted(SPAN), "input", article("Spans", html))
                .body("errors", nullValue()).extract().jsonPath();
        String id = ingested.getString("data.ingestArticle.article.id");
        assertSpansAreInText(ingested.getString("data.ingestArticle.article.text"),
                ingested.getList("data.ingestArticle.article.entities"));

        double before = CypherStatements.total();
        JsonPath stored = post(ARTICLE, "id", id).body("errors", nullValue()).extract().jsonPath();
        assertEquals(1, Math.round(CypherStatements.total() - before), "the spans come with the article's one query");
        String text = stored.getString("data.article.text");
        List<Map<String, Object>> entities = stored.getList("data.article.entities");
        assertSpansAreInText(text, entities);
        assertKindsMarked(text, entities);
        assertSurnameListedUnderFullName(text, entities);

        JsonPath extraction = post(EXTRACT, "t", html).extract().jsonPath();
        assertEquals(extraction.getString("data.extract.text"), text, "extract's text is the text that is stored");
        assertEquals(spansById(extraction.getList("data.extract.entities")), spansById(entities));
    }

    @Test
    void everyArticleOfAPageHasItsSpansInItsText() {
        post(INGEST_ID, "input", article("Page", PLAIN.replace("Sunday", "Monday"))).body("errors", nullValue());
        JsonPath page = post("{ articles(first: 5) { edges { node { id text entities(first: 3) { entity { id } " + SPAN
                + " } } } } }").body("errors", nullValue()).extract().jsonPath();
        List<Map<String, Object>> nodes = page.getList("data.articles.edges.node");
        assertFalse(nodes.isEmpty());
        for (Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entities = (List<Map<String, Object>>) node.get("entities");
            assertSpansAreInText((String) node.get("text"), entities);
        }
    }

    @Test
    void reprocessingReplacesAnArticlesSpans() throws InterruptedException {
        String id = post(INGEST_ID, "input", article("Reprojected", PLAIN.replace("Sunday", "Tuesday")))
                .body("errors", nullValue()).extract().path("data.ingestArticle.article.id");
        List<Map<String, Object>> projected = post(ARTICLE, "id", id).extract().jsonPath().getList("data.article.entities");
        // As if an older projection had stored other spans.
        driver.executableQuery("""
                MATCH (:Article {id: $id})-[m:MENTIONS]->()
                SET m.spanStarts = [0], m.spanEnds = [1], m.spanTexts = ['?'], m.spanSentences = [0]""")
                .withParameters(Map.of("id", id)).execute();
        QuarkusTransaction.requiringNew().run(() -> Article.update("extractorVersion = 'old' where id = ?1", id));

        post("mutation { reprocess { state } }").body("errors", nullValue());
        ReprocessRuns.awaitFinished();

        List<Map<String, Object>> reprojected = post(ARTICLE, "id", id).extract().jsonPath().getList("data.article.entities");
        assertEquals(spansById(projected), spansById(reprojected));
    }

    /** For every span of every entity: text.substring(start, end) is the span's text; and there are spans. */
    static void assertSpansAreInText(String text, List<Map<String, Object>> entities) {
        List<Map<String, Object>> spans = spansOf(entities);
        assertFalse(spans.isEmpty(), "some entity is named somewhere: " + entities);
        for (Map<String, Object> span : spans) {
            int start = (Integer) span.get("start");
            int end = (Integer) span.get("end");
            assertTrue(0 <= start && start < end && end <= text.length(), span + " in " + text.length() + " characters");
            assertEquals(span.get("text"), text.substring(start, end), "span " + span);
            assertTrue(Set.of("NAME", "DEMONYM", "STATE").contains(span.get("kind")), "span " + span);
        }
    }

    /**
     * In this test's texts: "Indonesian", "Japanese" are demonyms of their countries; the "Japan" of "Japan would
     * support" is the state acting; every other "Indonesia", "Japan" names the place.
     */
    static void assertKindsMarked(String text, List<Map<String, Object>> entities) {
        int states = 0;
        for (Map<String, Object> span : spansOf(entities)) {
            boolean demonym = Set.of("Indonesian", "Japanese", "Philippine", "Chinese").contains(span.get("text"));
            boolean state = text.startsWith("Japan would support", (Integer) span.get("start"));
            states += state ? 1 : 0;
            assertEquals(demonym ? "DEMONYM" : state ? "STATE" : "NAME", span.get("kind"), "span " + span);
        }
        assertEquals(1, states, "one mention of Japan acting: " + entities);
    }

    /** Shigeru Ishiba's spans: his full name, and later "Ishiba" alone in a later sentence, under the same person. */
    static void assertSurnameListedUnderFullName(String text, List<Map<String, Object>> entities) {
        List<Map<String, Object>> ishiba = entities.stream().filter(e -> "person:shigeru-ishiba".equals(idOf(e)))
                .map(MentionOffsetsTest::mentionsOf).findFirst().orElseThrow(() -> new AssertionError(
                        "Shigeru Ishiba is found: " + entities));
        Map<String, Object> full = ishiba.get(0);
        assertTrue(((String) full.get("text")).endsWith("Shigeru Ishiba"), ishiba.toString());
        Map<String, Object> surname = ishiba.get(ishiba.size() - 1);
        assertEquals("Ishiba", surname.get("text"), ishiba.toString());
        assertTrue((Integer) surname.get("sentenceIndex") > (Integer) full.get("sentenceIndex"), ishiba.toString());
        assertTrue(text.substring((Integer) surname.get("start")).startsWith("Ishiba said"), ishiba.toString());
    }

    private static List<Map<String, Object>> spansOf(List<Map<String, Object>> entities) {
        return entities.stream().flatMap(e -> mentionsOf(e).stream()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> mentionsOf(Map<String, Object> entity) {
        return (List<Map<String, Object>>) entity.get("mentions");
    }

    /** An entity's id, from extract's entities or from an article's (where it is under entity). */
    @SuppressWarnings("unchecked")
    private static String idOf(Map<String, Object> e) {
        return e.containsKey("entity") ? (String) ((Map<String, Object>) e.get("entity")).get("id") : (String) e.get("id");
    }

    /** The spans of each entity that has any, by entity id, for comparing two answers. */
    private static Map<String, List<Map<String, Object>>> spansById(List<Map<String, Object>> entities) {
        Map<String, List<Map<String, Object>>> byId = new TreeMap<>();
        for (Map<String, Object> e : entities) {
            if (!mentionsOf(e).isEmpty()) {
                byId.put(idOf(e), mentionsOf(e));
            }
        }
        return byId;
    }
}
