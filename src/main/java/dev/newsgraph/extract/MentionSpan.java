package dev.newsgraph.extract;

/**
 * Where an entity is mentioned: characters [start, end) of the text given to {@link Extractor#extract}, so that
 * {@code text.substring(start, end).equals(text())}, and the index of the sentence it is in.
 */
public record MentionSpan(int start, int end, String text, int sentenceIndex) {
}
