package dev.newsgraph.api;

import org.eclipse.microprofile.graphql.Description;

import dev.newsgraph.extract.MentionSpan;

/** The API's name for {@link MentionSpan.Kind}: the extractor's enum stays free of GraphQL annotations. */
@Description("How a mention's words refer to its entity")
public enum MentionKind {
    @Description("The entity's name, an alias, an acronym or part of the name")
    NAME,
    @Description("An adjective or people noun made from a country's name (\"Canadian\", \"Filipinos\")")
    DEMONYM;

    static MentionKind of(MentionSpan.Kind kind) {
        return kind == MentionSpan.Kind.DEMONYM ? DEMONYM : NAME;
    }
}
