package dev.newsgraph.extract;

/**
 * Where an entity is mentioned: characters [start, end) of the text given to {@link Extractor#extract}, so that
 * {@code text.substring(start, end).equals(text())}, the index of the sentence it is in, and whether the words
 * name the entity or only derive from its name.
 */
public record MentionSpan(int start, int end, String text, int sentenceIndex, Kind kind) {

    /** How the words refer to the entity. */
    public enum Kind {
        /** The entity's name, alias, acronym or part of the name ("Canada", "Trudeau", "NATO"). */
        NAME,
        /**
         * An adjective or people noun made from a country's name ("Canadian", "Filipinos"): it ties the sentence to
         * the country (a role, an actor) but names no place, so name-level scoring leaves it out.
         */
        DEMONYM,
        /**
         * A country's name (or its capital's) standing for its state, government or team acting rather than for the
         * place: "Russia announced", "sanctions against Iran", "Beijing believes".
         */
        STATE
    }
}
