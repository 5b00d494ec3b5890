package dev.newsgraph.live;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * At most {@code newsgraph.live.max-connections} WebSocket connections for live updates at once: one more is
 * refused at the upgrade with 503, before it holds any resource; a closed connection frees its place.
 */
@ApplicationScoped
public class LiveConnectionLimit {

    @ConfigProperty(name = "newsgraph.live.max-connections", defaultValue = "100")
    int maxConnections;

    private final AtomicInteger open = new AtomicInteger();

    void register(@Observes Filters filters) {
        filters.register(this::filter, 10_000); // before the GraphQL route upgrades the connection
    }

    /** How many live connections are open now. */
    public int open() {
        return open.get();
    }

    private void filter(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (!request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            rc.next();
            return;
        }
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            rc.response().setStatusCode(503).putHeader(HttpHeaders.RETRY_AFTER, "30")
                    .end("too many live connections (at most " + maxConnections + "); try again later");
            return;
        }
        request.connection().closeHandler(v -> open.decrementAndGet());
        rc.next();
    }
}
