package dev.newsgraph.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Posts GraphQL requests to /graphql, as any client would. */
public final class GraphQL {

    private GraphQL() {
    }

    /** The API keys the test profile configures (application.properties, %test). */
    public static final String WRITER_KEY = "test-writer-key";
    public static final String READER_KEY = "test-reader-key";

    /** Posts as a client holding the writer key. */
    public static ValidatableResponse post(String query, Object... variables) {
        return postWithKey(WRITER_KEY, query, variables);
    }

    /** Posts with the given API key, or none when {@code key} is null. */
    public static ValidatableResponse postWithKey(String key, String query, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", vars);
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request = request.header("Authorization", "Bearer " + key);
        }
        return request.when().post("/graphql").then();
    }

    public static final String INGEST = """
            mutation Ingest($input: ArticleInput!) {
              ingestArticle(input: $input) { created article { id status title text extractorVersion } }
            }""";

    /** Ingests an article as a writer and returns its id; fails when the API reports an error. */
    public static String ingest(String title, String text) {
        return post(INGEST, "input", article(title, text)).body("errors", org.hamcrest.Matchers.nullValue())
                .extract().path("data.ingestArticle.article.id");
    }

    public static Map<String, Object> article(String title, String text) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("text", text);
        input.put("source", "newsgraph tests");
        input.put("publishedAt", "2025-11-02T10:00:00Z");
        return input;
    }
}
