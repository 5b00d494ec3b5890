package dev.newsgraph.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import dev.newsgraph.testsupport.Neo4jTestSession;
import dev.newsgraph.testsupport.Ports;
import dev.newsgraph.testsupport.ServiceProcess;
import dev.newsgraph.testsupport.TempDirs;

/**
 * Two service processes (the PostgreSQL build) against one PostgreSQL database and one Neo4j, as a deployment
 * that outgrew one machine runs them: the same articles sent to both at once are stored and projected once;
 * articles one instance stored while its Neo4j was unreachable are projected by the other's retry job, once;
 * a reprocessing run started on both runs on one; each instance answers its own health and metrics.
 */
class TwoInstancesIT {

    private static final Path APP = Path.of("target", "postgresql", "quarkus-app");
    private static final String DATABASE = "newsgraph_two_instances";
    private static final String INGEST = """
            mutation($inputs: [ArticleInput!]!) { ingestArticles(inputs: $inputs) {
              created error article { id } } }""";
    private static Path dir;

    @BeforeAll
    static void freshDatabase() throws Exception {
        dir = Files.createTempDirectory("newsgraph-two-instances");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE);
            st.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        TempDirs.delete(dir);
    }

    private static Map<String, String> settings(String neo4jUri) {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "",
                "quarkus.neo4j.uri", neo4jUri, "newsgraph.projection.retry-every", "1s");
    }

    @Test
    void twoInstancesShareTheStoreAndTheGraphWithoutDuplicatesOrLoss() throws Exception {
        Map<String, String> healthy = settings(Neo4jTestSession.boltUri());
        // the second reaches Neo4j by the routing scheme a cluster needs: reads go where the routing table says
        Map<String, String> routed = settings(Neo4jTestSession.boltUri().replace("bolt://", "neo4j://"));
        try (ServiceProcess a = ServiceProcess.start(APP, dir.resolve("a.log"), healthy, Duration.ofSeconds(120));
                ServiceProcess b = ServiceProcess.start(APP, dir.resolve("b.log"), routed, Duration.ofSeconds(120))) {
            List<Map<String, Object>> articles = articles("both", 120);
            int created = sendConcurrently(List.of(a, b, a, b), articles);
            assertEquals(articles.size(), created, "each article created once, though sent four times");
            waitUntilProjected(a, articles.size());
            assertEquals(articles.size(), graphArticles("both"), "each article in the graph once");

            // one reprocessing run across both, whichever asks first
            List<String> states = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            for (ServiceProcess s : List.of(a, b)) {
                pool.submit(() -> states.add(s.graphql("mutation { reprocess(onlyOutdated: false) { state } }", Map.of())
                        .extract().<String> path("data.reprocess.state")));
            }
            pool.shutdown();
            pool.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(1, Collections.frequency(states, "RUNNING_ELSEWHERE"), states.toString());

            for (ServiceProcess s : List.of(a, b)) {
                assertTrue(s.management("/q/health/ready").contains("\"UP\""), "each instance's readiness");
                assertTrue(s.management("/q/metrics").contains("http_server_requests_seconds"), "each one's metrics");
            }
        }

        // the first instance's Neo4j is unreachable: it stores, and the second one's retry job projects
        Map<String, String> neo4jDown = settings("bolt://127.0.0.1:" + Ports.free());
        try (ServiceProcess down = ServiceProcess.start(APP, dir.resolve("a.log"), neo4jDown, Duration.ofSeconds(120));
                ServiceProcess up = ServiceProcess.start(APP, dir.resolve("b.log"), healthy, Duration.ofSeconds(120))) {
            List<Map<String, Object>> pending = articles("retried", 40);
            assertEquals(pending.size(), sendConcurrently(List.of(down), pending));
            waitUntilProjected(up, 120 + pending.size());
            assertEquals(pending.size(), graphArticles("retried"), "each stored article projected once");
        }
    }

    /** Articles with their own words, so that the graph can be asked for exactly these. */
    private static List<Map<String, Object>> articles(String tag, int n) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Map.of("url", "https://news.example/" + tag + "/" + i, "title", tag + " " + i,
                    "source", "Two Instances " + tag, "publishedAt", "2026-04-0" + (1 + i % 9),
                    "text", "Ministers of Kestrelia and Vandoria met in Orlin on day " + i + " (" + tag + "). "
                            + "Minister Ilse Marrow said round " + i + " of the talks went well."));
        }
        return out;
    }

    /** Each sender posts all the articles, in batches of 20 and in its own order; returns how many were created. */
    private static int sendConcurrently(List<ServiceProcess> senders, List<Map<String, Object>> articles)
            throws Exception {
        AtomicInteger created = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(senders.size());
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < senders.size(); k++) {
            ServiceProcess target = senders.get(k);
            List<Map<String, Object>> order = new ArrayList<>(articles);
            Collections.rotate(order, k * articles.size() / senders.size());
            done.add(pool.submit(() -> {
                for (int i = 0; i < order.size(); i += 20) {
                    List<Boolean> flags = target.graphql(INGEST, Map.of("inputs", order.subList(i, Math.min(order.size(), i + 20))))
                            .extract().path("data.ingestArticles.created");
                    created.addAndGet(Collections.frequency(flags, Boolean.TRUE));
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return created.get();
    }

    private static void waitUntilProjected(ServiceProcess s, int total) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        Map<String, Integer> counts = Map.of();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> byStatus = s.graphql("{ stats { articlesByStatus { key count } } }", Map.of())
                    .extract().path("data.stats.articlesByStatus");
            counts = new java.util.HashMap<>();
            for (Map<String, Object> c : byStatus) {
                counts.put((String) c.get("key"), ((Number) c.get("count")).intValue());
            }
            if (counts.getOrDefault("PROJECTED", 0) == total && counts.getOrDefault("PENDING", 0) == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not all " + total + " articles projected: " + counts);
    }

    private static long graphArticles(String tag) {
        try (Driver driver = GraphDatabase.driver(Neo4jTestSession.boltUri(), AuthTokens.none());
                var session = driver.session()) {
            return session.run("MATCH (a:Article) WHERE a.url STARTS WITH $prefix RETURN count(a) AS n",
                    Map.of("prefix", "https://news.example/" + tag + "/")).single().get("n").asLong();
        }
    }
}
