package dev.newsgraph.api;

import java.io.ByteArrayInputStream;
import java.util.Map;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;

/**
 * Whether a request body is a GraphQL request over JSON, in one streaming pass that builds nothing: one
 * object, nested at most {@value #MAX_DEPTH} levels, with a string query and, if there, a string
 * operationName and object variables and extensions.
 */
final class GraphQLRequestJson {

    /** Far deeper than any request's variables; Parsson's own limit is 1,000 and fails with a bare exception. */
    static final int MAX_DEPTH = 100;

    private static final Map<String, String> MEMBER_TYPES = Map.of("query", "a string", "operationName", "a string",
            "variables", "an object", "extensions", "an object");

    /** Found once: {@code Json.createParser} looks the provider up through ServiceLoader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private GraphQLRequestJson() {
    }

    /** What is wrong with the body, or null when nothing is. */
    static String problem(byte[] body) {
        if (body.length == 0) {
            return "the body is empty";
        }
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                return "the body is not a JSON object";
            }
            return members(parser);
        } catch (RuntimeException e) {
            return "the body is not valid JSON";
        }
    }

    private static String members(JsonParser parser) {
        int depth = 1;
        boolean query = false;
        String member = null;
        while (parser.hasNext()) {
            Event event = parser.next();
            if (depth == 1 && event == Event.KEY_NAME) {
                member = parser.getString();
                continue;
            }
            if (depth == 1 && member != null && MEMBER_TYPES.containsKey(member) && !fits(member, event)) {
                return "\"" + member + "\" must be " + MEMBER_TYPES.get(member);
            }
            query |= depth == 1 && "query".equals(member);
            member = null;
            if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
                if (++depth > MAX_DEPTH) {
                    return "the JSON is nested more than " + MAX_DEPTH + " levels deep";
                }
            } else if (event == Event.END_OBJECT || event == Event.END_ARRAY) {
                depth--;
            }
        }
        return query ? null : "the body has no \"query\"";
    }

    private static boolean fits(String member, Event event) {
        return switch (member) {
            case "query" -> event == Event.VALUE_STRING;
            case "operationName" -> event == Event.VALUE_STRING || event == Event.VALUE_NULL;
            default -> event == Event.START_OBJECT || event == Event.VALUE_NULL;
        };
    }
}
