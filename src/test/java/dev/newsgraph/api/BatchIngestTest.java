package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.READER_KEY;
import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.post;
import static dev.newsgraph.testsupport.GraphQL.postWithKey;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** ingestArticles through /graphql: one result per input in order, each stored or refused on its own, and bounds. */
@QuarkusTest
class BatchIngestTest {

    static final String BATCH = """
            mutation Batch($inputs: [ArticleInput!]!) {
              ingestArticles(inputs: $inputs) { index created error article { id title entities(first: 5) { entity { id } } } }
            }""";

    @Test
    void eachInputIsStoredOrRefusedOnItsOwnInOrder() {
        Map<String, Object> good = article("Batch one", "Moldovan President Maia Sandulescu met with Romanian President "
                + "Nicusor Danescu in Chisinau on Monday.");
        Map<String, Object> empty = article("Batch empty", "   ");
        Map<String, Object> again = article("Batch one, again", (String) good.get("text"));
        var response = post(BATCH, "inputs", List.of(good, empty, again)).body("errors", nullValue())
                .body("data.ingestArticles.index", equalTo(List.of(0, 1, 2)))
                .body("data.ingestArticles[0].created", equalTo(true))
                .body("data.ingestArticles[0].error", nullValue())
                .body("data.ingestArticles[0].article.entities.entity.id", hasItem("person:maia-sandulescu"))
                .body("data.ingestArticles[1].created", nullValue())
                .body("data.ingestArticles[1].article", nullValue())
                .body("data.ingestArticles[1].error", containsString("empty"))
                .body("data.ingestArticles[2].created", equalTo(false)); // the same content is stored once
        String first = response.extract().path("data.ingestArticles[0].article.id");
        response.body("data.ingestArticles[2].article.id", equalTo(first));
        post("query A($id: ID!) { article(id: $id) { status } }", "id", first).body("data.article.status", notNullValue());
        // a later batch: content stored before is found, not stored again, beside a new article
        Map<String, Object> fresh = article("Batch two", "Estonian Prime Minister Kaja Kallander visited Riga on Friday.");
        post(BATCH, "inputs", List.of(article("Batch one, later", (String) good.get("text")), fresh))
                .body("errors", nullValue())
                .body("data.ingestArticles.created", equalTo(List.of(false, true)))
                .body("data.ingestArticles[0].article.id", equalTo(first))
                .body("data.ingestArticles[1].article.entities.entity.id", hasItem("person:kaja-kallander"));
    }

    @Test
    void aBatchBeyondItsBoundsOrFromAReaderIsRefusedWhole() {
        List<Map<String, Object>> tooMany = new ArrayList<>(Collections.nCopies(101, article("Many", "Some text here.")));
        post(BATCH, "inputs", tooMany).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(BATCH, "inputs", List.of()).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        postWithKey(READER_KEY, BATCH, "inputs", List.of(article("Reader", "Some text here.")))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
