package dev.newsgraph.extract;

/** The sentence that supports a relation: start/end are the sentence's offsets in the input. */
public record Evidence(int sentenceIndex, String sentence, int start, int end, double confidence) {
}
