package dev.newsgraph.extract.ner;

/** A name the tagger found: tokens [start, end) of the sentence, its type (PER, LOC, ORG, MISC) and probability. */
public record NameSpan(int start, int end, String type, double probability) {
}
