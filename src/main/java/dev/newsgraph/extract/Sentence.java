package dev.newsgraph.extract;

/** One sentence of the input: {@code text} equals {@code input.substring(start, end)}. */
public record Sentence(int index, int start, int end, String text) {
}
