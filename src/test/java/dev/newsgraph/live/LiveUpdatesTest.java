package dev.newsgraph.live;

import static dev.newsgraph.testsupport.GraphQL.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import dev.newsgraph.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * Subscriptions as a dashboard uses them: a WebSocket client speaking graphql-transport-ws on /graphql receives
 * articleProjected when an article is ingested and entityChanged when an entity is curated, and no more
 * subscriptions are taken than the limit.
 */
@QuarkusTest
class LiveUpdatesTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    /** Collects the text messages of one WebSocket connection. */
    static final class Messages implements WebSocket.Listener {
        final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(new JsonObject(partial.toString()));
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        /** The first message that matches, within five seconds; fails the test otherwise. */
        JsonObject await(Predicate<JsonObject> wanted) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < end) {
                JsonObject m = received.poll(100, TimeUnit.MILLISECONDS);
                if (m != null && wanted.test(m)) {
                    return m;
                }
            }
            throw new AssertionError("no such message within 5 s; left: " + received);
        }
    }

    private WebSocket connect(Messages messages) throws Exception {
        URI uri = URI.create(graphql.toString().replaceFirst("^http", "ws"));
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(uri, messages).get(5, TimeUnit.SECONDS);
        ws.sendText(new JsonObject().put("type", "connection_init").encode(), true);
        messages.await(m -> "connection_ack".equals(m.getString("type")));
        return ws;
    }

    private static void subscribe(WebSocket ws, String id, String query) {
        ws.sendText(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query)).encode(), true);
    }

    @Test
    void aSubscriberReceivesEachArticleAsItLandsInTheGraph() throws Exception {
        Messages messages = new Messages();
        WebSocket ws = connect(messages);
        subscribe(ws, "a", "subscription { articleProjected { id title entities { id type name } } }");
        Thread.sleep(300); // the subscription is set up asynchronously; the protocol sends no acknowledgement

        long start = System.nanoTime();
        String id = GraphQL.ingest("Live", "Slovenian Foreign Minister Tanja Fajonova met with Croatian "
                + "Foreign Minister Gordan Grlicic in Ljubljana on Monday.");
        JsonObject next = messages.await(m -> "next".equals(m.getString("type"))
                && id.equals(m.getJsonObject("payload").getJsonObject("data").getJsonObject("articleProjected").getString("id")));
        System.out.printf("articleProjected received %d ms after the ingest request started%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        JsonObject event = next.getJsonObject("payload").getJsonObject("data").getJsonObject("articleProjected");
        assertEquals("Live", event.getString("title"));
        assertTrue(event.getJsonArray("entities").encode().contains("person:tanja-fajonova"), event.encode());

        // once warm, the figure the README gives: from the start of the ingest request to the event
        start = System.nanoTime();
        String second = GraphQL.ingest("Live again", "Slovenian Foreign Minister Tanja Fajonova met with Austrian "
                + "Foreign Minister Beate Meinlova in Vienna on Tuesday.");
        messages.await(m -> "next".equals(m.getString("type")) && m.encode().contains(second));
        System.out.printf("articleProjected received %d ms after the ingest request started (warm)%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }

    @Test
    void aSubscriberToOneEntityHearsOfItsCurationAndNewFacts() throws Exception {
        GraphQL.ingest("Zagreb", "Croatian Prime Minister Andrej Plenkovec met with Slovenian Prime Minister "
                + "Robert Golobic in Zagreb on Monday.");
        Messages messages = new Messages();
        WebSocket ws = connect(messages);
        subscribe(ws, "e", "subscription { entityChanged(id: \"person:andrej-plenkovec\") { id change articleId } }");
        Thread.sleep(300);

        post("mutation { renameEntity(id: \"person:andrej-plenkovec\", name: \"Andrej Plenkovec Jr\") { id } }");
        JsonObject renamed = messages.await(m -> "next".equals(m.getString("type")));
        assertEquals("renameEntity", renamed.getJsonObject("payload").getJsonObject("data").getJsonObject("entityChanged")
                .getString("change"));
        String article = GraphQL.ingest("Zagreb again", "Croatian Prime Minister Andrej Plenkovec met with "
                + "Hungarian Prime Minister Viktor Orbanyi in Zagreb on Friday.");
        JsonObject facts = messages.await(m -> "next".equals(m.getString("type")) && "facts".equals(
                m.getJsonObject("payload").getJsonObject("data").getJsonObject("entityChanged").getString("change")));
        assertEquals(article, facts.getJsonObject("payload").getJsonObject("data").getJsonObject("entityChanged")
                .getString("articleId"));
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }

    /** Subscribes {@code count} times on one connection; the first refusal, if any. */
    private static JsonObject refusal(WebSocket ws, Messages messages, String prefix, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            subscribe(ws, prefix + i, "subscription { articleProjected { id } }");
        }
        return messages.await(m -> "next".equals(m.getString("type")) && m.getJsonObject("payload").containsKey("errors"));
    }

    @Test
    void noMoreSubscriptionsAreTakenThanTheLimitsAndClosingFreesThem() throws Exception {
        Messages first = new Messages();
        Messages second = new Messages();
        WebSocket one = connect(first);
        WebSocket two = connect(second);
        try {
            // the test profile allows four on one connection and six in all
            JsonObject perConnection = refusal(one, first, "a", 5);
            assertTrue(perConnection.encode().contains("TOO_MANY_SUBSCRIPTIONS")
                    && perConnection.encode().contains("on one connection"), perConnection.encode());
            JsonObject overall = refusal(two, second, "b", 3);
            assertTrue(overall.encode().contains("too many live subscriptions (at most 6)"), overall.encode());
        } finally {
            one.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
            two.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        }
        // the closed connections' subscriptions no longer count
        Messages again = new Messages();
        WebSocket other = connect(again);
        subscribe(other, "x", "subscription { articleProjected { id } }");
        Thread.sleep(300);
        String id = GraphQL.ingest("After the limit", "Austrian Chancellor Karl Nehammerer met with Swiss President "
                + "Viola Amherdova in Vienna on Monday.");
        again.await(m -> "next".equals(m.getString("type")) && m.encode().contains(id));
        other.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
    }

    @Test
    void noMoreConnectionsAreTakenThanTheLimit() throws Exception {
        java.util.List<WebSocket> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) { // the test profile allows three
                open.add(connect(new Messages()));
            }
            URI uri = URI.create(graphql.toString().replaceFirst("^http", "ws"));
            Exception refused = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> HttpClient
                    .newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(uri, new Messages()).get(5, TimeUnit.SECONDS));
            assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException h
                    && h.getResponse().statusCode() == 503, refused.toString());
            open.remove(0).sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
            Thread.sleep(300);
            open.add(connect(new Messages())); // a closed connection freed its place
        } finally {
            for (WebSocket ws : open) {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
            }
        }
    }
}
