package dev.newsgraph.live;

import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * What happens to the graph, as events for live subscribers: an article landed in the graph, an entity changed
 * (curation, or new facts about it). Hot and bounded: a subscriber sees what happens while it listens; one that
 * falls more than {@code newsgraph.live.buffer} events behind is dropped, not buffered without end, and no more
 * than {@code newsgraph.live.max-subscriptions} listen at once.
 */
@ApplicationScoped
public class LiveEvents {

    private static final Logger LOG = Logger.getLogger(LiveEvents.class);

    /** An entity named in an event. */
    public record EntityRef(String id, String type, String name) {
    }

    /** An article that has just been projected into the graph, with the entities it mentions. */
    public record ArticleProjected(String id, String title, List<EntityRef> entities) {
    }

    /** Something happened to one entity: a curation decision, or an article that states facts about it. */
    public record EntityChanged(String id, String change, String articleId) {
    }

    /** Thrown to a subscriber when too many listen already; the client sees the code and the message. */
    @ErrorCode("TOO_MANY_SUBSCRIPTIONS")
    public static final class TooManySubscriptions extends RuntimeException {
        TooManySubscriptions(String message) {
            super(message);
        }
    }

    @ConfigProperty(name = "newsgraph.live.max-subscriptions", defaultValue = "200")
    int maxSubscriptions;

    @ConfigProperty(name = "newsgraph.live.max-subscriptions-per-connection", defaultValue = "20")
    int maxPerConnection;

    @ConfigProperty(name = "newsgraph.live.buffer", defaultValue = "256")
    int buffer;

    /** Subscriptions per WebSocket connection (the key is the connection), while they last. */
    private final java.util.Map<Object, AtomicInteger> perConnection = new java.util.concurrent.ConcurrentHashMap<>();

    /** Serialized: ingestions on several threads publish at once, and a processor takes one signal at a time. */
    private final Flow.Processor<Object, Object> events = BroadcastProcessor.create().serialized();
    private final AtomicInteger listening = new AtomicInteger();

    public void articleProjected(ArticleProjected event) {
        events.onNext(event);
    }

    public void entityChanged(EntityChanged event) {
        events.onNext(event);
    }

    /** The articles projected from now on, for a subscriber on {@code connection} (null when not known). */
    public Multi<ArticleProjected> articles(Object connection) {
        return listen(connection, all().filter(e -> e instanceof ArticleProjected).map(e -> (ArticleProjected) e));
    }

    /** The changes to one entity from now on, for a subscriber on {@code connection} (null when not known). */
    public Multi<EntityChanged> entity(String id, Object connection) {
        return listen(connection, all().filter(e -> e instanceof EntityChanged c && c.id().equals(id)).map(e -> (EntityChanged) e));
    }

    private Multi<Object> all() {
        return Multi.createFrom().publisher(events);
    }

    /** How many subscribers listen now. */
    public int listening() {
        return listening.get();
    }

    private <T> Multi<T> listen(Object connection, Multi<T> stream) {
        return Multi.createFrom().deferred(() -> {
            AtomicInteger mine = connection == null ? new AtomicInteger()
                    : perConnection.computeIfAbsent(connection, k -> new AtomicInteger());
            if (mine.incrementAndGet() > maxPerConnection) {
                release(connection, mine);
                return Multi.createFrom().failure(new TooManySubscriptions("too many live subscriptions on one "
                        + "connection (at most " + maxPerConnection + ")"));
            }
            if (listening.incrementAndGet() > maxSubscriptions) {
                listening.decrementAndGet();
                release(connection, mine);
                return Multi.createFrom().failure(new TooManySubscriptions("too many live subscriptions (at most "
                        + maxSubscriptions + "); try again later"));
            }
            return stream.onOverflow().buffer(buffer)
                    .onFailure().invoke(e -> LOG.debugf("live subscriber dropped: %s", e.toString()))
                    .onTermination().invoke(() -> {
                        listening.decrementAndGet();
                        release(connection, mine);
                    });
        });
    }

    private void release(Object connection, AtomicInteger mine) {
        if (mine.decrementAndGet() <= 0 && connection != null) {
            perConnection.remove(connection, mine);
        }
    }
}
