package dev.newsgraph.ingest;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.newsgraph.localneo4j.LocalNeo4jServer;
import dev.newsgraph.testsupport.Management;
import dev.newsgraph.testsupport.Ports;
import dev.newsgraph.testsupport.TempDirs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service starts and keeps taking articles while its Neo4j is down; every article is stored at
 * once and projected into the graph when Neo4j comes back.
 */
@QuarkusTest
@TestProfile(NoLossTest.Neo4jDown.class)
class NoLossTest {

    static final int PORT = freePort();

    public static class Neo4jDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.neo4j.uri", "bolt://127.0.0.1:" + PORT,
                    "newsgraph.projection.retry-every", "1s");
        }
    }

    @Test
    void articlesSentWhileNeo4jIsDownAreStoredAndProjectedWhenItIsBack() throws Exception {
        given().get(Management.url("/health/live")).then().statusCode(200);
        given().get(Management.url("/health/ready")).then().statusCode(503)
                .body("checks.find { it.name.contains('Neo4j') }.status", equalTo("DOWN"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));

        String id = post(INGEST, "input", article("While Neo4j is down",
                "Italian Prime Minister Giorgia Meloni met with Albanian Prime Minister Edi Rama in Rome."))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.ingestArticle.created", equalTo(true))
                .body("data.ingestArticle.article.status", equalTo("PENDING"))
                .extract().path("data.ingestArticle.article.id");
        post("query($id: ID!) { article(id: $id) { status } }", "id", id)
                .body("data.article.status", equalTo("PENDING"));

        Path home = Files.createTempDirectory("newsgraph-noloss-neo4j");
        Path lib = Path.of(System.getProperty("newsgraph.neo4j.local.lib-dir", "target/neo4j-server/lib"));
        try (LocalNeo4jServer neo4j = LocalNeo4jServer.start(lib, home, PORT, Duration.ofSeconds(120))) {
            String status = "PENDING";
            // The first retry is due 5 s after the failure, the next 10 s later.
            for (int i = 0; i < 60 && !status.equals("PROJECTED"); i++) {
                Thread.sleep(1000);
                status = post("query($id: ID!) { article(id: $id) { status } }", "id", id)
                        .extract().path("data.article.status");
            }
            assertEquals("PROJECTED", status);
            post("query($id: ID!) { article(id: $id) { entities { entity { name } } } }", "id", id)
                    .body("data.article.entities.entity.name", hasItem("Giorgia Meloni"));
            given().get(Management.url("/health/ready")).then().statusCode(200);
        } finally {
            TempDirs.delete(home);
        }
    }

    /** One port for the whole run: Quarkus loads this class in more than one class loader. */
    private static int freePort() {
        String key = "newsgraph.test.noloss-neo4j-port";
        String known = System.getProperty(key);
        if (known != null) {
            return Integer.parseInt(known);
        }
        try {
            int port = Ports.free();
            System.setProperty(key, Integer.toString(port));
            return port;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
