package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.newsgraph.article.Article;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The same article sent by many clients at once is stored once, with one set of facts. */
@QuarkusTest
class ConcurrentIngestTest {

    @Inject
    Driver driver;

    @Test
    void concurrentIngestionOfOneArticleStoresItOnce() throws Exception {
        String text = "Polish President Karol Nawrocki met with Czech President Petr Pavel in Warsaw to discuss "
                + "the Visegrad Group (V4) and a new energy agreement between Poland and the Czech Republic.";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Map<String, Object>>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<Map<String, Object>> ingest = () -> post(INGEST, "input", article("Concurrent", text))
                        .statusCode(200).extract().path("data.ingestArticle");
                results.add(pool.submit(ingest));
            }
            int created = 0;
            java.util.Set<Object> ids = new java.util.HashSet<>();
            for (Future<Map<String, Object>> result : results) {
                Map<String, Object> ingested = result.get();
                created += Boolean.TRUE.equals(ingested.get("created")) ? 1 : 0;
                ids.add(((Map<?, ?>) ingested.get("article")).get("id"));
            }
            assertEquals(1, created, "exactly one request created the article");
            assertEquals(1, ids.size(), "every request got the same article");
            String id = (String) ids.iterator().next();
            Long stored = QuarkusTransaction.requiringNew().call(() -> Article.count("contentHash",
                    Article.<Article> findById(id).contentHash));
            assertEquals(1L, stored);
            var counts = driver.executableQuery("""
                    MATCH (a:Article {id: $id})
                    RETURN count(a) AS articles, COUNT { (a)-[:MENTIONS]->() } AS mentions,
                           COUNT { MATCH (ev:Evidence {articleId: $id}) } AS evidence""")
                    .withParameters(Map.of("id", id)).execute().records().get(0);
            assertEquals(1, counts.get("articles").asLong());
            // Projected once or several times, MERGE leaves one set of facts: one MENTIONS per entity and
            // one piece of evidence per fact, as a single ingestion of the text gives.
            var dryRun = post("query($t: String!) { extract(text: $t) { entities { id } relations { type } } }", "t", text)
                    .extract().jsonPath();
            assertEquals(dryRun.getList("data.extract.entities").size(), counts.get("mentions").asInt());
        } finally {
            pool.shutdownNow();
        }
    }
}
