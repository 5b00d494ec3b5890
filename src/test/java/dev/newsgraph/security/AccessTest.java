package dev.newsgraph.security;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.READER_KEY;
import static dev.newsgraph.testsupport.GraphQL.WRITER_KEY;
import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.postWithKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.newsgraph.testsupport.GraphCounts;
import dev.newsgraph.testsupport.StoredArticles;
import io.quarkus.test.junit.QuarkusTest;

/** Reading is open (the default); every mutation needs a key with the writer role. */
@QuarkusTest
class AccessTest {

    static final String TEXT = "Spanish Prime Minister Pedro Sanchez met with Portuguese Prime Minister Luis Montenegro in Madrid.";

    @Inject
    Driver driver;

    @Test
    void mutationsWithoutAWriterKeyAreRefusedAndWriteNothing() {
        GraphCounts graphBefore = GraphCounts.of(driver);
        long storedBefore = StoredArticles.count();

        postWithKey(null, INGEST, "input", article("No key", TEXT))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", containsString("API key"));
        postWithKey("not-a-key", INGEST, "input", article("Wrong key", TEXT))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].message", not(containsString("not-a-key")));
        postWithKey(READER_KEY, INGEST, "input", article("Reader key", TEXT))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        postWithKey(READER_KEY, "mutation { reprocess { state } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        assertEquals(storedBefore, StoredArticles.count());
        assertEquals(graphBefore, GraphCounts.of(driver));

        postWithKey(WRITER_KEY, INGEST, "input", article("Writer key", TEXT))
                .body("errors", nullValue())
                .body("data.ingestArticle.article.status", equalTo("PROJECTED"));
        assertEquals(storedBefore + 1, StoredArticles.count());
    }

    @Test
    void queriesAreOpenWithOrWithoutAKey() {
        for (String key : new String[] { null, READER_KEY, WRITER_KEY }) {
            postWithKey(key, "query { articles(first: 1) { totalCount } }")
                    .body("errors", nullValue())
                    .body("data.articles.totalCount", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
        }
        // A wrong key is an error even where no key is needed: the client should know its key is bad.
        postWithKey("not-a-key", "query { articles(first: 1) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

}
