package dev.newsgraph.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.newsgraph.testsupport.LocalKafkaBroker;
import dev.newsgraph.testsupport.ServiceProcess;
import dev.newsgraph.testsupport.TempDirs;
import io.vertx.core.json.JsonObject;

/**
 * The stream against a real Kafka broker and the packaged service: articles produced to the topic are stored
 * exactly once even when the consumer is killed mid-stream and started again (offsets are committed only after
 * a batch is stored; a batch read again is found in the store), and records that are no article go to the
 * dead-letter topic with the reason.
 */
class ArticleStreamIT {

    private static final int ARTICLES = 300;
    private static final String TOPIC = "articles";
    private static LocalKafkaBroker broker;
    private static Path dir;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LocalKafkaBroker.start(Duration.ofSeconds(90));
        dir = Files.createTempDirectory("newsgraph-stream-it");
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
        TempDirs.delete(dir);
    }

    @Test
    void everyArticleIsStoredOnceThroughAKillAndRefusedRecordsGoToTheDeadLetterTopic() throws Exception {
        Set<String> urls = produce();
        Map<String, String> settings = Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath(),
                "newsgraph.stream.enabled", "true",
                "kafka.bootstrap.servers", broker.bootstrapServers(),
                "mp.messaging.incoming.articles.max.poll.records", "10");
        Path log = dir.resolve("service.log");

        try (ServiceProcess first = ServiceProcess.start(log, settings, Duration.ofSeconds(120))) {
            long stored = waitForStored(first, 40, Duration.ofSeconds(120));
            assertTrue(stored < ARTICLES, "killed mid-stream, after " + stored + " of " + ARTICLES);
            first.kill(); // no shutdown: offsets of the last batches are not committed
        }
        try (ServiceProcess second = ServiceProcess.start(log, settings, Duration.ofSeconds(120))) {
            assertEquals(ARTICLES, waitForStored(second, ARTICLES, Duration.ofSeconds(240)));
            Thread.sleep(3000); // nothing more arrives: no record was stored twice
            assertEquals(Set.copyOf(urls), storedUrls(second));
            String metrics = second.management("/q/metrics");
            assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag"), "consumer lag in the metrics");
            assertTrue(metrics.contains("newsgraph_stream_articles_total"), "stream outcomes in the metrics");
        }
        Map<String, String> refused = refusedReasons();
        assertEquals(Set.of("not-json", "no-text", "bad-date"), refused.keySet(), refused.toString());
        assertTrue(refused.get("not-json").contains("not a JSON object"), refused.toString());
        assertTrue(refused.get("no-text").contains("text"), refused.toString());
        assertTrue(refused.get("bad-date").contains("publishedAt"), refused.toString());
    }

    /** Produces the articles, with three records that are no article among them; returns the articles' urls. */
    private static Set<String> produce() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        Set<String> urls = new HashSet<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < ARTICLES; i++) {
                String url = "https://news.example/stream/" + i;
                urls.add(url);
                String text = "Trade ministers of Kestrelia and Vandoria met in Orlin on day " + i + " of the talks. "
                        + "Minister Ilse Marrow said the pact number " + i + " would cut tariffs.";
                producer.send(new ProducerRecord<>(TOPIC, url, new JsonObject().put("url", url)
                        .put("title", "Talks, day " + i).put("source", "Stream Test").put("text", text)
                        .put("publishedAt", "2026-03-01").encode()));
                if (i == 50) {
                    producer.send(new ProducerRecord<>(TOPIC, "not-json", "<html>not an article</html>"));
                } else if (i == 120) {
                    producer.send(new ProducerRecord<>(TOPIC, "no-text", "{\"title\": \"only a title\"}"));
                } else if (i == 200) {
                    producer.send(new ProducerRecord<>(TOPIC, "bad-date",
                            "{\"text\": \"Kestrelia voted.\", \"publishedAt\": \"yesterday\"}"));
                }
            }
            producer.flush();
        }
        return urls;
    }

    private static long waitForStored(ServiceProcess service, long atLeast, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long stored = 0;
        while (System.nanoTime() < deadline) {
            Number n = service.graphql("{ articles(first: 1) { totalCount } }", Map.of())
                    .extract().path("data.articles.totalCount");
            stored = n == null ? 0 : n.longValue();
            if (stored >= atLeast) {
                return stored;
            }
            Thread.sleep(200);
        }
        return stored;
    }

    private static Set<String> storedUrls(ServiceProcess service) {
        List<String> urls = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>();
            vars.put("after", after);
            var page = service.graphql("query($after: String) { articles(first: 100, after: $after) { "
                    + "edges { node { url } } pageInfo { hasNextPage endCursor } } }", vars).extract();
            urls.addAll(page.path("data.articles.edges.node.url"));
            Boolean more = page.path("data.articles.pageInfo.hasNextPage");
            after = Boolean.TRUE.equals(more) ? page.path("data.articles.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(urls.size(), Set.copyOf(urls).size(), "an article stored twice");
        return Set.copyOf(urls);
    }

    /** The dead-letter topic's records, by key, with their reasons (a record refused twice counts once). */
    private static Map<String, String> refusedReasons() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "stream-it-check");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        Map<String, String> reasons = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of("articles.refused"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (reasons.size() < 3 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    var header = r.headers().lastHeader("dead-letter-reason");
                    reasons.put(r.key(), header == null ? "" : new String(header.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return reasons;
    }
}
