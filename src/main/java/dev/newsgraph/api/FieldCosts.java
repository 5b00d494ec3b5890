package dev.newsgraph.api;

import java.util.Map;

import dev.newsgraph.graph.EntityShape;
import dev.newsgraph.graph.GraphExplorer;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What this API's fields cost, for {@link RequestCostCounter}: how many items a list can hold, and which
 * arguments carry text for the extractor.
 */
final class FieldCosts {

    /** Lists of objects without a first or limit argument, by type and field; any other such list counts 1. */
    private static final Map<String, Long> FIXED_SIZES = Map.of(
            "Query.entitiesByName", (long) GraphExplorer.MAX_BY_NAME,
            "Person.roles", (long) EntityShape.Link.ROLES.max(),
            "Agreement.parties", (long) EntityShape.Link.PARTIES.max(),
            "AgreementParties.parties", (long) EntityShape.Link.PARTIES.max(),
            "Relation.evidence", (long) Selections.EVIDENCE_PER_RELATION,
            "Edge.evidence", (long) ExploreApi.EVIDENCE_PER_EDGE,
            "Path.nodes", (long) GraphExplorer.MAX_HOPS + 1,
            "Path.edges", (long) GraphExplorer.MAX_HOPS);

    private FieldCosts() {
    }

    /**
     * The most items a field returns, to multiply the rows below it: its first (or limit) argument, a
     * list's fixed bound, 1 for other lists of objects; 0 for a single value or a list of scalars.
     */
    static long items(String parentType, String field, GraphQLOutputType type, Map<String, Object> arguments) {
        Long first = ArgumentValues.number(arguments.get("first"));
        if (first != null) {
            // Beyond the most a list gives, the field itself refuses, with a clearer message.
            return Math.clamp(first, 0, Paging.MAX_FIRST);
        }
        Long limit = ArgumentValues.number(arguments.get("limit"));
        if (limit != null) {
            return Math.max(0, limit);
        }
        if (type == null || !(GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList)
                || !(GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLCompositeType)) {
            return 0;
        }
        return FIXED_SIZES.getOrDefault(parentType + "." + field, 1L);
    }

    /** Characters the field hands to the extractor: extract's text, an ingested article's text. */
    static long extractorText(String parentType, String field, Map<String, Object> arguments) {
        Object text = switch (parentType + "." + field) {
            case "Query.extract" -> arguments.get("text");
            case "Mutation.ingestArticle" -> arguments.get("input") instanceof Map<?, ?> input ? input.get("text") : null;
            default -> null;
        };
        return text instanceof String s ? s.length() : 0;
    }
}
