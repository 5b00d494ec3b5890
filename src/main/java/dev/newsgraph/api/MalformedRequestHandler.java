package dev.newsgraph.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;

import org.jboss.logging.Logger;

import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request to /graphql whose JSON has the wrong shape (variables that are not an object, say) fails
 * inside the GraphQL handler before any resolver runs. That is the client's mistake: answer 400 with a
 * GraphQL-style error instead of a 500.
 */
@ApplicationScoped
public class MalformedRequestHandler {

    private static final Logger LOG = Logger.getLogger(MalformedRequestHandler.class);

    void register(@Observes Router router) {
        router.route("/graphql").order(-100).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        boolean malformed = failure instanceof ClassCastException || failure instanceof DecodeException
                || failure instanceof IllegalArgumentException || failure instanceof jakarta.json.JsonException;
        if (!malformed || context.response().headWritten()) {
            context.next();
            return;
        }
        LOG.debugf("Malformed GraphQL request: %s", failure.toString());
        String body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", "the request is not a valid GraphQL request: send a JSON object with \"query\" (a string), "
                        + "optional \"variables\" (an object) and \"operationName\" (a string)")
                .add("extensions", Json.createObjectBuilder().add("code", "BAD_REQUEST")))).build().toString();
        context.response().setStatusCode(400).putHeader("Content-Type", "application/json").end(body);
    }
}
