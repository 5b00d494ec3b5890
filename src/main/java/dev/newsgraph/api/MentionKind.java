package dev.newsgraph.api;

import org.eclipse.microprofile.graphql.Description;

import dev.newsgraph.extract.MentionSpan;

/** The API's name for {@link MentionSpan.Kind}: the extractor's enum stays free of GraphQL annotations. */
@Description("How a mention's words refer to its entity")
public enum MentionKind {
    @Description("The entity's name, an alias, an acronym or part of the name")
    NAME,
    @Description("An adjective or people noun made from a country's name (\"Canadian\", \"Filipinos\")")
    DEMONYM,
    @Description("A country's name, or its capital's, standing for its state, government or team acting rather than for"
            + " the place (\"Russia announced\", \"sanctions against Iran\", \"Beijing believes\")")
    STATE;

    static MentionKind of(MentionSpan.Kind kind) {
        return switch (kind) {
            case NAME -> NAME;
            case DEMONYM -> DEMONYM;
            case STATE -> STATE;
        };
    }
}
