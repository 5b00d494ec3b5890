package dev.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironmentImpl;

/** Which getters are read directly, and that everything else still goes through SmallRye's fetcher. */
class PlainFieldFetcherTest {

    public record View(String name, long count, boolean active, EntityType type, List<String> aliases,
            List<View> children, Instant at, Map<String, String> extra, Optional<String> maybe) {
    }

    @Test
    void valuesGraphQLTakesAsTheyAreAreRead() throws Exception {
        for (String field : List.of("name", "count", "active", "type", "aliases", "children")) {
            assertTrue(PlainFieldFetcher.plain(PlainFieldFetcher.getter(View.class, field).getGenericReturnType()), field);
        }
    }

    @Test
    void valuesSmallRyeConvertsAreLeftToIt() throws Exception {
        for (String field : List.of("at", "extra", "maybe")) {
            assertFalse(PlainFieldFetcher.plain(PlainFieldFetcher.getter(View.class, field).getGenericReturnType()), field);
        }
        assertNull(PlainFieldFetcher.getter(View.class, "missing"));
    }

    @Test
    void readsTheGetterOrDelegates() throws Exception {
        View view = new View("Ada", 3, true, EntityType.Person, List.of(), List.of(), Instant.EPOCH, Map.of(), Optional.empty());
        DataFetcher<Object> smallRye = env -> "from SmallRye";
        assertEquals("Ada", new PlainFieldFetcher("name", smallRye).get(env(view)));
        assertEquals(3L, new PlainFieldFetcher("count", smallRye).get(env(view)));
        assertEquals("from SmallRye", new PlainFieldFetcher("at", smallRye).get(env(view)));
        assertEquals("from SmallRye", new PlainFieldFetcher("missing", smallRye).get(env(view)));
        assertNull(new PlainFieldFetcher("name", smallRye).get(env(null)));
    }

    private static graphql.schema.DataFetchingEnvironment env(Object source) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(source).build();
    }
}
