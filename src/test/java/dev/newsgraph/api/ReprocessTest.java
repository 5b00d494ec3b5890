package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.newsgraph.article.Article;
import dev.newsgraph.extract.Extractor;
import dev.newsgraph.testsupport.GraphCounts;
import dev.newsgraph.testsupport.ReprocessRuns;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Rebuilding the graph from the store re-extracts outdated articles and duplicates nothing. */
@QuarkusTest
class ReprocessTest {

    @Inject
    Driver driver;

    @Test
    void reprocessingOutdatedArticlesRebuildsTheirFactsWithoutDuplicates() throws InterruptedException {
        String id = post(INGEST, "input", article("Reprocess", """
                Canadian Prime Minister Mark Carney met with Mexican President Claudia Sheinbaum in Mexico City.
                The two leaders agreed to expand the trade agreement between Canada and Mexico."""))
                .body("errors", nullValue()).extract().path("data.ingestArticle.article.id");
        // As if an older extractor had projected this article.
        QuarkusTransaction.requiringNew().run(() -> Article.update("extractorVersion = 'old' where id = ?1", id));
        GraphCounts before = GraphCounts.of(driver);

        post("mutation { reprocess { state total extractorVersion } }")
                .body("errors", nullValue())
                .body("data.reprocess.total", greaterThanOrEqualTo(1))
                .body("data.reprocess.extractorVersion", equalTo(Extractor.VERSION));
        ReprocessRuns.awaitFinished();

        Article after = QuarkusTransaction.requiringNew().call(() -> Article.<Article> findById(id));
        assertEquals(Extractor.VERSION, after.extractorVersion);
        assertEquals(before, GraphCounts.of(driver), "re-projection replaces the article's facts, it does not add to them");
        long evidence = driver.executableQuery("MATCH (ev:Evidence {articleId: $id}) RETURN count(ev) AS n")
                .withParameters(java.util.Map.of("id", id)).execute().records().get(0).get("n").asLong();
        assertTrue(evidence > 0, "the article's facts are back in the graph");
    }

    @Test
    void aRunOnAnotherInstanceSharingTheStoreIsNotStartedTwice() throws InterruptedException {
        post(INGEST, "input", article("Elsewhere", "Irish Taoiseach Micheal Martinez met with British Prime Minister "
                + "Keir Starmerton in Dublin on Monday.")).body("errors", nullValue());
        // as if another newsgraph process sharing this store were reprocessing now
        QuarkusTransaction.requiringNew().run(() -> {
            dev.newsgraph.article.JobLease lease = new dev.newsgraph.article.JobLease();
            lease.job = "reprocess";
            lease.holder = "another-instance";
            lease.heldUntil = java.time.Instant.now().plusSeconds(60);
            lease.persist();
        });
        try {
            post("mutation { reprocess(onlyOutdated: false) { state } }").body("errors", nullValue())
                    .body("data.reprocess.state", equalTo("RUNNING_ELSEWHERE"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> dev.newsgraph.article.JobLease.deleteById("reprocess"));
        }
        // once the other is done (or its lease has run out), this instance runs it
        post("mutation { reprocess(onlyOutdated: false) { state } }").body("errors", nullValue())
                .body("data.reprocess.state", org.hamcrest.Matchers.not(equalTo("RUNNING_ELSEWHERE")));
        ReprocessRuns.awaitFinished();
    }
}
