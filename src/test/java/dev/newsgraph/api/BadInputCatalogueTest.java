package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.WRITER_KEY;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.newsgraph.api.BadInputCatalogue.Case;
import dev.newsgraph.api.BadInputCatalogue.Expect;
import dev.newsgraph.testsupport.GraphCounts;
import dev.newsgraph.testsupport.StoredArticles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Sends every case of the {@link BadInputCatalogue}, each with a simple query alongside. Each case gets a
 * clear answer (a GraphQL error, or a 4xx for what is not GraphQL at all), never a 500 or a stack trace,
 * none changes anything, and the simple query sent at the same time is answered. Durations are printed,
 * not asserted: this machine is shared.
 */
@QuarkusTest
class BadInputCatalogueTest {

    static final List<Case> CASES = BadInputCatalogue.all();
    private static final String SIMPLE = BadInputCatalogue.gql("query { stats { evidence graphArticles } }");
    private static ExecutorService pool;

    @Inject
    Driver driver;

    /** What came back for one request, and how long it took. */
    record Outcome(int status, String text, Exception error, long millis) {
    }

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void everyKindOfBadInputGetsAClearErrorAndChangesNothing() throws Exception {
        System.out.println("Bad-input catalogue: " + CASES.size() + " kinds");
        assertTrue(CASES.size() >= 93, "the catalogue covers at least 93 kinds: " + CASES.size());
        // Something to find, so that nested fields (relations of a search hit) are really resolved.
        given().header("Authorization", "Bearer " + WRITER_KEY).contentType("application/json")
                .body(BadInputCatalogue.ingest("Chinese President Xi Jinping met with Brazilian President Luiz Inacio Lula "
                        + "da Silva in Beijing.", null, null))
                .post("/graphql").then().statusCode(200);
        GraphCounts graphBefore = GraphCounts.of(driver);
        long storedBefore = StoredArticles.count();
        List<String> failures = new ArrayList<>();
        List<String> timings = new ArrayList<>();
        for (Case c : CASES) {
            Future<Outcome> bad = pool.submit(() -> send(c.body()));
            Future<Outcome> simple = pool.submit(() -> send(SIMPLE));
            Outcome refusal = bad.get();
            Outcome answer = simple.get();
            check(c, refusal, failures);
            if (answer.status() != 200 || !answer.text().contains("\"graphArticles\"") || answer.text().contains("\"errors\"")) {
                failures.add(c.name() + ": the simple query alongside was not answered: " + answer);
            }
            timings.add(String.format("%6d ms %6d ms  %s", refusal.millis(), answer.millis(), c.name()));
        }
        timings.sort(Comparator.reverseOrder());
        System.out.println("slowest (case, simple query alongside):\n" + String.join("\n", timings.subList(0, 10)));
        assertEquals(List.of(), failures);
        assertEquals(storedBefore, StoredArticles.count(), "no article stored");
        assertEquals(graphBefore, GraphCounts.of(driver), "graph unchanged");
        // Nothing the catalogue sent left a value behind that breaks a later read.
        send(BadInputCatalogue.gql("query { entities(orderBy: LAST_SEEN, first: 5) { totalCount } }")).text()
                .lines().forEach(t -> assertTrue(!t.contains("\"errors\""), t));
    }

    @Test
    void aCachedDocumentIsCostedAgainWithItsNewVariables() {
        String query = "query($t: String!) { a: extract(text: $t) { sentences } b: extract(text: $t) { sentences } }";
        Outcome small = send(BadInputCatalogue.gql(query, "t", "Leaders met in Paris."));
        assertTrue(small.status() == 200 && !small.text().contains("\"errors\""), small.toString());
        // The same document again comes from SmallRye's query cache, which skips validation.
        Outcome large = send(BadInputCatalogue.gql(query, "t", "x".repeat(1_500_000)));
        assertTrue(large.text().contains("characters of text to extract") && large.text().contains("BAD_USER_INPUT"),
                abbreviate(large.text()));
    }

    private static Outcome send(String body) {
        long start = System.nanoTime();
        try {
            Response response = given().header("Authorization", "Bearer " + WRITER_KEY).contentType("application/json")
                    .body(body).when().post("/graphql");
            return new Outcome(response.statusCode(), response.asString(), null, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            return new Outcome(0, "", e, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static void check(Case c, Outcome outcome, List<String> failures) {
        String problem = outcome.error() != null ? transportProblem(c, outcome) : answerProblem(c, outcome);
        if (problem != null) {
            failures.add(c.name() + ": " + problem);
        }
    }

    /**
     * A body over the HTTP limit is answered with 413 and the connection closed while the client is
     * still sending: the client sees a broken pipe. The server must still be serving.
     */
    private static String transportProblem(Case c, Outcome outcome) {
        boolean tooLarge = c.body().length() > 8 * 1024 * 1024;
        return tooLarge && send(SIMPLE).status() == 200 ? null : outcome.error().toString();
    }

    private static String answerProblem(Case c, Outcome outcome) {
        int status = outcome.status();
        String text = outcome.text();
        if (status >= 500) {
            return "HTTP " + status;
        } else if (text.contains("\tat ") || text.contains("at dev.newsgraph") || text.contains("java.lang.")
                || text.contains("org.neo4j") || text.contains("org.hibernate")) {
            return "internals in the response: " + abbreviate(text);
        } else if (c.expect() != Expect.HARMLESS && status == 200 && !text.contains("\"errors\"")) {
            return "accepted: " + abbreviate(text);
        } else if (c.expect() == Expect.BAD_USER_INPUT && !text.contains("\"code\":\"BAD_USER_INPUT\"")) {
            return "not refused as BAD_USER_INPUT: " + abbreviate(text);
        } else if (status == 200 && text.contains("\"errors\"") && !text.contains("\"message\"")) {
            return "an error without a message: " + abbreviate(text);
        } else if (status == 200 && text.contains("Server Error")) {
            return "an unexplained server error: " + abbreviate(text);
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
