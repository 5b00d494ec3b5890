package dev.newsgraph.extract.ner;

import java.util.HashMap;
import java.util.Map;

/**
 * Phrases of up to {@link #MAX_PHRASE} tokens (original case) with a class each, marked in a sentence longest match
 * first. The first class given for a phrase is kept.
 */
final class PhraseTable {

    /** Longest phrase looked up, in tokens. */
    static final int MAX_PHRASE = 6;

    /** phrase (tokens joined by a space) -> class */
    private final Map<String, String> phrases = new HashMap<>();
    /** first token of a phrase -> longest phrase length starting with it */
    private final Map<String, Integer> longestFrom = new HashMap<>();

    void add(String text, String cls) {
        if (text == null || text.isBlank()) {
            return;
        }
        // by hand, not split(" +"): the world list's 164,000 phrases made the regex a third of start-up
        String phrase = text.trim();
        if (phrase.contains("  ")) {
            phrase = phrase.replaceAll(" +", " ");
        }
        int tokens = 1;
        for (int i = 0; i < phrase.length(); i++) {
            tokens += phrase.charAt(i) == ' ' ? 1 : 0;
        }
        if (tokens > MAX_PHRASE) {
            return;
        }
        phrases.putIfAbsent(phrase, cls);
        int firstEnd = phrase.indexOf(' ');
        longestFrom.merge(firstEnd < 0 ? phrase : phrase.substring(0, firstEnd), tokens, Math::max);
    }

    /** The class of one phrase (tokens joined by a space), or null. */
    String classOf(String phrase) {
        return phrases.get(phrase);
    }

    /** out[i] is "B-cls" or "I-cls" for a token inside a phrase of class cls, else null. */
    String[] tags(String[] tokens) {
        String[] out = new String[tokens.length];
        int i = 0;
        while (i < tokens.length) {
            int len = longestMatch(tokens, i, out);
            i += Math.max(len, 1);
        }
        return out;
    }

    private int longestMatch(String[] tokens, int i, String[] out) {
        Integer longest = longestFrom.get(tokens[i]);
        if (longest == null) {
            return 0;
        }
        StringBuilder key = new StringBuilder();
        int best = 0;
        String bestClass = null;
        for (int j = i; j < Math.min(tokens.length, i + longest); j++) {
            if (j > i) {
                key.append(' ');
            }
            key.append(tokens[j]);
            String cls = phrases.get(key.toString());
            if (cls != null) {
                best = j - i + 1;
                bestClass = cls;
            }
        }
        for (int j = i; j < i + best; j++) {
            out[j] = (j == i ? "B-" : "I-") + bestClass;
        }
        return best;
    }
}
