package dev.newsgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The request budget on its own, against the committed schema: what it counts, and that counting a
 * document never expands it (N fragments each spreading the one before twice).
 */
class RequestBudgetTest {

    static final GraphQLSchema SCHEMA = schema();
    static final RequestBudget BUDGET = new RequestBudget(RequestLimits.DEFAULTS);

    @Test
    void fragmentFanOutIsCountedWithoutExpandingIt() {
        assertEquals(2L * (1 << 10) + spreads(10), cost(fanOut(10)).fields(), "stats and evidence 2^10 times, and the spreads");
        for (int n : new int[] { 22, 30, 49 }) {
            String query = fanOut(n);
            String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(query));
            assertTrue(message.contains("fields and fragment spreads"), message);
        }
        assertEquals(Long.MAX_VALUE, cost(fanOut(70)).fields(), "counts saturate instead of overflowing");
    }

    @Test
    void aChainOfFragmentsLongerThanTheLimitIsRefusedBeforeValidation() {
        StringBuilder q = new StringBuilder("{ ...F50 } fragment F0 on Query { stats { evidence } }");
        for (int i = 1; i <= 50; i++) {
            q.append(" fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" }");
        }
        assertTrue(refusal(q.toString()).contains("defines 51 fragments"));
    }

    @Test
    void rowsAreSummedOverAliases() {
        String one = " search(text: \"China\", first: 100) { entity { relations(first: 100) { other { relations(first: 8) { type } } } } }";
        assertEquals(100 * (1 + 100 * (1 + 8)), cost("{" + one + " }").rows());
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < 57; i++) {
            many.append(" a").append(i).append(':').append(one);
        }
        assertTrue(refusal(many.append(" }").toString()).contains("smaller first values"));
    }

    @Test
    void defaultsAndVariablesSetTheListSizes() {
        assertEquals(20 * (1 + 20), cost("{ search(text: \"x\") { entity { relations { type } } } }").rows(),
                "the schema's defaults");
        assertEquals(7, cost("query($n: Int = 7) { search(text: \"x\", first: $n) { score } }").rows(), "a variable's default");
        assertEquals(3, cost("query($n: Int) { search(text: \"x\", first: $n) { score } }", "n", 3).rows());
        assertEquals(5 * (1 + 200), cost("{ agreements(first: 5) { parties { entity { name } } } }").rows(),
                "a list without first has its fixed bound");
        assertEquals(2 * (1 + 5), cost("{ connections(from: \"a\", to: \"b\", first: 2) { nodes { name } } }").rows());
    }

    @Test
    void textForTheExtractorIsSummedOverAliases() {
        String text = "x".repeat(1_000_000);
        assertEquals(1_000_000, cost("query($t: String!) { extract(text: $t) { sentences } }", "t", text).textChars());
        StringBuilder tenAliases = new StringBuilder("query($t: String!) {");
        for (int i = 0; i < 10; i++) {
            tenAliases.append(" a").append(i).append(": extract(text: $t) { sentences }");
        }
        assertTrue(refusal(tenAliases.append(" }").toString(), "t", text).contains("characters of text to extract"));
        assertEquals(9, cost("mutation { ingestArticle(input: {text: \"some text\"}) { created } }").textChars());
    }

    @Test
    void depthCountsFieldsButNotIntrospection() {
        String deep = "{ search(text: \"x\") { entity {" + " relations { other {".repeat(5) + " name" + " } }".repeat(5) + " } } }";
        assertTrue(refusal(deep).contains("13 levels deep"), deep);
        String introspection = "{ __schema { types { fields { type {" + " ofType {".repeat(8) + " name" + " }".repeat(8)
                + " } } } } }";
        assertEquals(1, cost(introspection).depth());
    }

    @Test
    void nullElementsInListsAreRefusedWhereverTheyStand() {
        assertTrue(refusal("{ search(text: \"x\", types: [null]) { score } }").contains("types of search must not contain null"));
        assertTrue(refusal("query($t: [EntityType]) { topEntities(types: $t) { articles } }", "t", Arrays.asList("Person", null))
                .contains("types of topEntities must not contain null"));
        assertTrue(refusal("{ entity(id: \"x\") { relations(types: [MET_WITH, null]) { type } } }").contains("types of relations"));
    }

    private static long spreads(int n) {
        return 2L * ((1L << n) - 1) + 1;
    }

    static String fanOut(int n) {
        StringBuilder q = new StringBuilder("{ ...F" + n + " } fragment F0 on Query { stats { evidence } }");
        for (int i = 1; i <= n; i++) {
            q.append(" fragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1).append(" }");
        }
        return q.toString();
    }

    private static RequestCost cost(String query, Object... variables) {
        Document document = Parser.parse(query);
        return RequestCostCounter.cost(document.getFirstDefinitionOfType(OperationDefinition.class).orElseThrow(),
                fragments(document), SCHEMA, ArgumentValues.variables(
                        document.getFirstDefinitionOfType(OperationDefinition.class).orElseThrow(), vars(variables)));
    }

    private static String refusal(String query, Object... variables) {
        return assertThrows(BadUserInputException.class, () -> BUDGET.check(Parser.parse(query), SCHEMA, vars(variables)))
                .getMessage();
    }

    private static Map<String, graphql.language.FragmentDefinition> fragments(Document document) {
        Map<String, graphql.language.FragmentDefinition> byName = new HashMap<>();
        document.getDefinitionsOfType(graphql.language.FragmentDefinition.class).forEach(f -> byName.put(f.getName(), f));
        return byName;
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    private static GraphQLSchema schema() {
        try {
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(
                    new SchemaParser().parse(Files.readString(Path.of("src/main/graphql/schema.graphql"))
                            // The committed file leaves out the scalars SmallRye declares.
                            + "\nscalar BigInteger\nscalar DateTime\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
