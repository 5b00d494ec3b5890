package dev.newsgraph.api;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;

/**
 * Refuses a GraphQL document that would cost more than {@link RequestLimits} allow, before it is validated
 * or run: each operation in it, with its fragments expanded (see {@link RequestCostCounter}).
 */
final class RequestBudget {

    private final RequestLimits limits;

    RequestBudget(RequestLimits limits) {
        this.limits = limits;
    }

    /** @throws BadUserInputException saying which limit the document exceeds, and what to change */
    void check(Document document, GraphQLSchema schema, Map<String, Object> variables) {
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
        if (fragments.size() > limits.maxFragments()) {
            refuse("defines " + fragments.size() + " fragments (the limit is " + limits.maxFragments()
                    + "): inline some of them");
        }
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            within(RequestCostCounter.cost(operation, fragments, schema, ArgumentValues.variables(operation, variables)));
        }
    }

    private void within(RequestCost cost) {
        if (cost.fields() > limits.maxFields()) {
            refuse("asks for " + cost.fields() + " fields and fragment spreads once fragments are expanded (the limit is "
                    + limits.maxFields() + "): ask for fewer fields, aliases or fragment spreads");
        }
        if (cost.depth() > limits.maxDepth()) {
            refuse("nests fields " + cost.depth() + " levels deep (the limit is " + limits.maxDepth() + "): ask for less nesting");
        }
        if (cost.rows() > limits.maxRows()) {
            refuse("could read up to " + cost.rows() + " rows from the graph, summed over all its fields and aliases (the limit is "
                    + limits.maxRows() + "): ask for smaller first values or less nesting");
        }
        if (cost.textChars() > limits.maxTextChars()) {
            refuse("sends " + cost.textChars() + " characters of text to extract, all texts together (the limit is "
                    + limits.maxTextChars() + "): send fewer or shorter texts");
        }
    }

    private static void refuse(String why) {
        throw new BadUserInputException("this request " + why);
    }
}
