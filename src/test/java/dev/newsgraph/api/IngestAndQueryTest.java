package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.newsgraph.testsupport.GraphCounts;
import dev.newsgraph.testsupport.StoredArticles;
import io.quarkus.test.junit.QuarkusTest;

/** The whole write and read path through /graphql, against the real Neo4j and database. */
@QuarkusTest
class IngestAndQueryTest {

    static final String SUMMIT = """
            Leaders Meet in Jakarta

            Indonesian President Prabowo Subianto met with Japanese Prime Minister Shigeru Ishiba in Jakarta on Monday.
            The two leaders agreed to establish a maritime security dialogue between Indonesia and Japan.
            Ishiba said Japan would support Indonesia in the Association of Southeast Asian Nations (ASEAN).
            """;

    @Inject
    Driver driver;


    @Test
    void ingestedArticleCanBeQueriedBack() {
        String id = post(INGEST, "input", article("Leaders meet in Jakarta", SUMMIT))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.ingestArticle.created", equalTo(true))
                .body("data.ingestArticle.article.status", equalTo("PROJECTED"))
                .extract().path("data.ingestArticle.article.id");

        post("""
                query($id: ID!) { article(id: $id) { id title status
                  entities { count entity { id type name } } } }""", "id", id)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.article.id", equalTo(id))
                .body("data.article.title", equalTo("Leaders meet in Jakarta"))
                .body("data.article.entities.entity.type", hasItem("Person"))
                .body("data.article.entities.entity.id", hasItem("country:JP"))
                .body("data.article.entities.entity.id", hasItem("country:ID"));

        // The person found in the article has a role and a meeting, each with its sentence.
        post("""
                query { search(text: "Ishiba", types: [Person]) { entity { id name
                  relations { type outgoing title other { id name } evidence { articleId sentence confidence } }
                  articles { id title count } } } }""")
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.search[0].entity.name", equalTo("Shigeru Ishiba"))
                .body("data.search[0].entity.relations.type", hasItem("HOLDS_ROLE"))
                .body("data.search[0].entity.relations.type", hasItem("MET_WITH"))
                .body("data.search[0].entity.relations.evidence.flatten().articleId", hasItem(id))
                .body("data.search[0].entity.relations.evidence.flatten().sentence",
                        hasItem(containsString("met with Japanese Prime Minister Shigeru Ishiba")))
                .body("data.search[0].entity.articles.id", hasItem(id));

        post("query { entity(id: \"country:JP\") { id type name ... on Country { code } } }")
                .body("data.entity.type", equalTo("Country"))
                .body("data.entity.code", equalTo("JP"));
        post("query { entity(id: \"no-such-entity\") { id } }")
                .body("errors", nullValue())
                .body("data.entity", nullValue());
    }

    @Test
    void ingestingTheSameArticleTwiceChangesNothing() {
        String text = SUMMIT.replace("Monday", "Tuesday");
        String first = post(INGEST, "input", article("Twice", text)).body("errors", nullValue())
                .extract().path("data.ingestArticle.article.id");
        GraphCounts before = GraphCounts.of(driver);
        long storedBefore = StoredArticles.count();

        // Same content, other whitespace: the same article.
        post(INGEST, "input", article("Twice again", text.replace("\n", "\n\n  ")))
                .body("errors", nullValue())
                .body("data.ingestArticle.created", equalTo(false))
                .body("data.ingestArticle.article.id", equalTo(first));

        assertEquals(before, GraphCounts.of(driver));
        assertEquals(storedBefore, StoredArticles.count());
    }

    @Test
    void theSameFactFromTwoArticlesIsOneRelationshipWithTwoPiecesOfEvidence() {
        String one = "French President Emmanuel Macron met with German Chancellor Friedrich Merz in Paris on Tuesday.";
        String two = "In Berlin, German Chancellor Friedrich Merz met with French President Emmanuel Macron again on Friday.";
        String first = post(INGEST, "input", article("One", one)).body("errors", nullValue())
                .extract().path("data.ingestArticle.article.id");
        String second = post(INGEST, "input", article("Two", two)).body("errors", nullValue())
                .extract().path("data.ingestArticle.article.id");

        // Other tests may state the same fact too; these two articles must add one piece of evidence each
        // to the one relationship.
        var rows = driver.executableQuery("""
                MATCH (a:Person {name: 'Emmanuel Macron'})-[r:MET_WITH]-(b:Person {name: 'Friedrich Merz'})
                WITH collect(DISTINCT r) AS relationships
                UNWIND relationships AS r
                MATCH (ev:Evidence {factKey: r.key})
                WHERE ev.articleId IN $articles
                RETURN size(relationships) AS relationships, ev.articleId AS article, count(ev) AS evidence""")
                .withParameters(Map.of("articles", List.of(first, second))).execute().records();
        assertEquals(2, rows.size(), "evidence from both articles: " + rows);
        for (var row : rows) {
            assertEquals(1, row.get("relationships").asLong(), "one MET_WITH relationship between the two");
            assertEquals(1, row.get("evidence").asLong(), "one piece of evidence per article");
        }
    }

    @Test
    void anArticleWithoutTextIsRejectedAndNothingIsStored() {
        GraphCounts graphBefore = GraphCounts.of(driver);
        long storedBefore = StoredArticles.count();
        for (String text : List.of("", "   \n\t  ", "Weather Live Markets".repeat(20_000))) {
            post(INGEST, "input", article("Bad", text))
                    .statusCode(200)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("article text"))
                    .body("errors[0].message", org.hamcrest.Matchers.not(containsString("Exception")));
        }
        assertEquals(storedBefore, StoredArticles.count());
        assertEquals(graphBefore, GraphCounts.of(driver));
    }

    @Test
    void badUrlAndDateAreRejectedWithAClearMessage() {
        Map<String, Object> input = article("Bad url", SUMMIT + " Extra.");
        input.put("url", "javascript:alert(1)");
        post(INGEST, "input", input).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("url"));
        input.put("url", "https://example.org/ok");
        input.put("publishedAt", "yesterday");
        post(INGEST, "input", input).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("publishedAt"));
    }

    @Test
    void searchTreatsLuceneSyntaxAsPlainWords() {
        post(INGEST, "input", article("Search", SUMMIT.replace("Monday", "Wednesday"))).body("errors", nullValue());
        for (String text : List.of("\"Ishiba", "(Ishiba", "Ishiba~", "Ishiba\\", "Ishiba AND (", "name:Ishiba*",
                "[Ishiba TO Z]", "Ishiba^10 OR")) {
            post("query($t: String!) { search(text: $t) { entity { name } score } }", "t", text)
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.search.entity.name", hasItem("Shigeru Ishiba"));
        }
        for (String text : List.of("\"", "(", "~", "\\", "()[]{}~*?")) {
            post("query($t: String!) { search(text: $t) { entity { name } } }", "t", text)
                    .statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
    }

    @Test
    void articlesArePagedWithoutLossOrRepeats() {
        for (int i = 0; i < 5; i++) {
            post(INGEST, "input", article("Paging " + i,
                    "Kenyan President William Ruto met with Ghanaian President John Mahama, meeting number " + i + "."))
                    .body("errors", nullValue());
        }
        long total = StoredArticles.count();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = post("query($after: String) { articles(first: 2, after: $after) { totalCount "
                    + "edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }", "after", after)
                    .body("errors", nullValue())
                    .body("data.articles.edges", hasSize(org.hamcrest.Matchers.lessThanOrEqualTo(2)))
                    .extract().jsonPath();
            List<String> ids = page.getList("data.articles.edges.node.id");
            ids.forEach(id -> assertTrue(seen.add(id), "article listed twice: " + id));
            more = page.getBoolean("data.articles.pageInfo.hasNextPage");
            after = page.getString("data.articles.pageInfo.endCursor");
        }
        assertEquals(total, seen.size());

        post("query { articles(first: 1000) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("query { articles(first: -1) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("query { articles(after: \"bm90LWEtY3Vyc29y\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void extractIsADryRun() {
        GraphCounts before = GraphCounts.of(driver);
        long storedBefore = StoredArticles.count();
        post("""
                query($t: String!) { extract(text: $t) { extractorVersion sentences
                  entities { type name aliases }
                  relations { type source { name } target { name } title evidence { sentence start end confidence } } } }""",
                "t", SUMMIT)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.extract.entities.name", hasItem("Shigeru Ishiba"))
                .body("data.extract.entities.name", hasItem("Japan"))
                .body("data.extract.relations.type", hasItem("MET_WITH"))
                .body("data.extract.relations.evidence.sentence", everyItem(notNullValue()))
                .body("data.extract.relations.evidence.confidence", everyItem(greaterThanOrEqualTo(0f)));
        assertEquals(before, GraphCounts.of(driver));
        assertEquals(storedBefore, StoredArticles.count());
    }
}
