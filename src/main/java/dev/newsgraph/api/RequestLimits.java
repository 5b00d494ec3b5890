package dev.newsgraph.api;

import org.eclipse.microprofile.config.Config;

/**
 * What one GraphQL request may cost, checked before anything runs ({@link RequestBudget}), counted with
 * every fragment spread expanded, over all fields and aliases. Read from plain configuration, as the
 * engine that applies them is built outside CDI ({@link RequestBudgetInstaller}).
 *
 * @param maxFields fields, fragment spreads and inline fragments
 * @param maxDepth levels of nested fields (introspection excepted: graphql-java bounds it itself)
 * @param maxRows rows the request could read from the graph: nested list sizes multiplied, summed over all fields
 * @param maxTextChars characters of text the request hands to the extractor (extract, ingestArticle), all together
 * @param maxFragments fragment definitions in one document: graphql-java's cycle check grows with the cube of a
 *            chain of them
 */
record RequestLimits(long maxFields, int maxDepth, long maxRows, long maxTextChars, int maxFragments) {

    static final RequestLimits DEFAULTS = new RequestLimits(400, 10, 100_000, 2_000_000, 50);

    static RequestLimits from(Config config) {
        return new RequestLimits(
                config.getOptionalValue("newsgraph.graphql.max-fields", Long.class).orElse(DEFAULTS.maxFields),
                config.getOptionalValue("newsgraph.graphql.max-depth", Integer.class).orElse(DEFAULTS.maxDepth),
                config.getOptionalValue("newsgraph.graphql.max-rows", Long.class).orElse(DEFAULTS.maxRows),
                config.getOptionalValue("newsgraph.graphql.max-text-chars", Long.class).orElse(DEFAULTS.maxTextChars),
                config.getOptionalValue("newsgraph.graphql.max-fragments", Integer.class).orElse(DEFAULTS.maxFragments));
    }
}
