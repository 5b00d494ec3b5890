package dev.newsgraph.security;

import static dev.newsgraph.testsupport.GraphQL.READER_KEY;
import static dev.newsgraph.testsupport.GraphQL.postWithKey;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With newsgraph.auth.read-open=false, queries need a key with the reader role too. */
@QuarkusTest
@TestProfile(ClosedReadingTest.ClosedReading.class)
class ClosedReadingTest {

    public static class ClosedReading implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsgraph.auth.read-open", "false");
        }
    }

    @Test
    void queriesNeedAReaderKey() {
        String query = "query { search(text: \"China\") { entity { name } } }";
        postWithKey(null, query).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        postWithKey("not-a-key", query).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        postWithKey(READER_KEY, query).body("errors", nullValue());
        postWithKey(null, "query { extract(text: \"Chinese President Xi Jinping\") { entities { name } } }")
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
