package dev.newsgraph.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Bodies that are not GraphQL requests over JSON get a 400 with a short message, and the log gets one
 * WARN line for each, with no stack trace (JSON nested 1,000 levels deep used to write 1,000 lines).
 */
@QuarkusTest
class MalformedTransportTest {

    private final Captured log = new Captured();

    @BeforeEach
    void capture() {
        Logger.getLogger("").addHandler(log);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(log);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "variables|nested more than 100", "extensions|nested more than 100",
            "top level|not a JSON object", "truncated|not valid JSON", "a string|not a JSON object",
            "empty|empty", "no query|no", "query an object|must be a string", "operationName a number|must be a string",
            "variables a list|must be an object" })
    void aMalformedBodyIsA400AndOneWarning(String kind, String reason) {
        Response response = given().contentType("application/json").body(body(kind)).post("/graphql");
        assertEquals(400, response.statusCode(), response.asString());
        String text = response.asString();
        assertTrue(text.contains("\"code\":\"BAD_REQUEST\"") && text.length() < 500 && !text.contains("\tat "), text);
        List<LogRecord> warnings = log.records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(1, warnings.size(), () -> warnings.stream().map(LogRecord::getMessage).toList().toString());
        assertTrue(warnings.get(0).getLoggerName().endsWith("MalformedRequestHandler"), warnings.get(0).getLoggerName());
        assertTrue(text.contains(reason), text);
        assertTrue(log.records.stream().allMatch(r -> r.getThrown() == null), "no stack trace logged");
    }

    private static String body(String kind) {
        String deepArray = "[".repeat(1000) + "]".repeat(1000);
        return switch (kind) {
            case "variables" -> "{\"query\": \"{ stats { evidence } }\", \"variables\": {\"a\": " + deepArray + "}}";
            case "extensions" -> "{\"query\": \"{ stats { evidence } }\", \"extensions\": " + "{\"a\": ".repeat(1000) + "1"
                    + "}".repeat(1000) + "}";
            case "top level" -> deepArray;
            case "truncated" -> "{\"query\": \"{ stats { evidence } }\"";
            case "a string" -> "\"{ stats { evidence } }\"";
            case "query an object" -> "{\"query\": {\"stats\": 1}}";
            case "empty" -> "";
            case "no query" -> "{\"variables\": {}}";
            case "operationName a number" -> "{\"query\": \"{ stats { evidence } }\", \"operationName\": 5}";
            case "variables a list" -> "{\"query\": \"{ stats { evidence } }\", \"variables\": [1]}";
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Every log record published while a test runs. */
    static final class Captured extends Handler {
        final List<LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
