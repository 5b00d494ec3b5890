package dev.newsgraph.api;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A request to /graphql that is not a GraphQL request over JSON ({@link GraphQLRequestJson}: not valid
 * JSON, not an object, nested too deep, a query that is not a string) is the client's mistake:
 * answer 400 with a short GraphQL-style error and log one WARN line, instead of SmallRye's 200 or a 500
 * with the parser's stack trace (a thousand lines for JSON nested a thousand levels deep).
 */
@ApplicationScoped
public class MalformedRequestHandler {

    private static final Logger LOG = Logger.getLogger(MalformedRequestHandler.class);
    // After Quarkus has authenticated, before SmallRye's route.
    private static final int ORDER = -100;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    void register(@Observes Router router) {
        // The body is read here, with the same limit as SmallRye's route (whose body handler then sees it read).
        router.post("/graphql").order(ORDER).handler(BodyHandler.create(false).setBodyLimit(maxBody.asLongValue()))
                .blockingHandler(this::requireJsonObject, false);
        router.route("/graphql").order(ORDER).failureHandler(this::handle);
    }

    /** On a worker thread: the streaming pass over an 8 MB body is no work for the event loop. */
    private void requireJsonObject(RoutingContext context) {
        String type = context.request().getHeader("Content-Type");
        Buffer body = context.body().buffer();
        String problem = type == null || type.toLowerCase(Locale.ROOT).contains("json")
                ? GraphQLRequestJson.problem(body == null ? new byte[0] : body.getBytes())
                : null;
        if (problem != null) {
            refuse(context, problem, "checked before GraphQL");
            return;
        }
        context.next();
    }

    private void handle(RoutingContext context) {
        Throwable cause = malformedCause(context.failure());
        if (cause == null || context.response().headWritten()) {
            context.next();
            return;
        }
        boolean wrongShape = cause instanceof ClassCastException || cause instanceof IllegalArgumentException;
        refuse(context, wrongShape ? "a member of it has the wrong type" : "the body is not valid JSON, or nested too deeply",
                oneLine(cause));
    }

    /** The failure of the client's JSON in the cause chain: a decoding or shape error, or the parser's own; else null. */
    private static Throwable malformedCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ClassCastException || t instanceof DecodeException || t instanceof IllegalArgumentException
                    || t instanceof jakarta.json.JsonException || thrownByJsonParser(t)) {
                return t;
            }
        }
        return null;
    }

    /** Parsson reports nesting beyond its limit with a bare RuntimeException. */
    private static boolean thrownByJsonParser(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith("org.eclipse.parsson.");
    }

    /** For the log: what failed, without the stack. */
    private static String oneLine(Throwable t) {
        String text = t.toString().replaceAll("\\s+", " ");
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private static void refuse(RoutingContext context, String why, String detail) {
        LOG.warnf("Malformed GraphQL request from %s: %s (%s)", context.request().remoteAddress(), why, detail);
        String body = Json.createObjectBuilder().add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("message", "the request is not a valid GraphQL request (" + why + "): send a JSON object with "
                        + "\"query\" (a string), optional \"variables\" (an object) and \"operationName\" (a string)")
                .add("extensions", Json.createObjectBuilder().add("code", "BAD_REQUEST")))).build().toString();
        context.response().setStatusCode(400).putHeader("Content-Type", "application/json").end(body);
    }
}
