package dev.newsgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a user types into a Lucene query that can only mean "these words": everything but
 * letters and digits separates words, so no Lucene syntax (quotes, brackets, ~, \, operators) survives.
 */
final class SearchQuery {

    private static final int MAX_WORDS = 12;

    private SearchQuery() {
    }

    static String of(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(Character.toLowerCase(cp));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        if (words.isEmpty()) {
            return "";
        }
        // Lower-cased words cannot be the operators AND/OR/NOT; the last word also matches as a prefix,
        // so "Heg" finds Hegseth while typing.
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (i > 0) {
                query.append(' ');
            }
            query.append(w);
            if (i == words.size() - 1) {
                query.append(" ").append(w).append('*');
            }
        }
        return query.toString().toLowerCase(Locale.ROOT);
    }
}
