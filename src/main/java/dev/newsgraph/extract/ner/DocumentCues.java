package dev.newsgraph.extract.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the rest of the article says about a capitalised word, given to the tagger as extra context per token: is
 * the word written in lower case elsewhere ("Officials" at a sentence start), capitalised in mid-sentence elsewhere
 * ("Seagal" opening a sentence, named mid-sentence later), or part of a longer capitalised name elsewhere ("Pugh"
 * after "Sarah Pugh"). One sentence cannot tell these apart; the article usually can.
 */
public final class DocumentCues {

    private static final String[] NONE = new String[0];

    private final Set<String> lowerWords = new HashSet<>();
    private final Set<String> midSentenceCapitals = new HashSet<>();
    private final Set<String> insideLongerNames = new HashSet<>();

    private DocumentCues(List<String[]> sentences) {
        for (String[] tokens : sentences) {
            for (int i = 0; i < tokens.length; i++) {
                String t = tokens[i];
                if (!capitalised(t)) {
                    if (Character.isLowerCase(t.charAt(0))) {
                        lowerWords.add(t);
                    }
                    continue;
                }
                if (i > 0 && !opensClause(tokens[i - 1])) {
                    midSentenceCapitals.add(t);
                }
                boolean before = i > 1 && capitalised(tokens[i - 1]); // not the sentence's first word
                boolean after = i + 1 < tokens.length && capitalised(tokens[i + 1]);
                if (before || after) {
                    insideLongerNames.add(t);
                }
            }
        }
    }

    /** Per sentence, per token: the cue features of that token (often none). */
    public static String[][][] of(List<String[]> sentences) {
        DocumentCues doc = new DocumentCues(sentences);
        String[][][] out = new String[sentences.size()][][];
        for (int s = 0; s < sentences.size(); s++) {
            String[] tokens = sentences.get(s);
            out[s] = new String[tokens.length][];
            for (int i = 0; i < tokens.length; i++) {
                out[s][i] = doc.cues(tokens[i]);
            }
        }
        return out;
    }

    private String[] cues(String token) {
        if (!capitalised(token)) {
            return NONE;
        }
        boolean lower = lowerWords.contains(token.toLowerCase(Locale.ROOT));
        boolean mid = midSentenceCapitals.contains(token);
        boolean inName = insideLongerNames.contains(token);
        if (!lower && !mid && !inName) {
            return NONE;
        }
        String[] f = new String[(lower ? 1 : 0) + (mid ? 1 : 0) + (inName ? 1 : 0)];
        int k = 0;
        if (lower) {
            f[k++] = "dlow";
        }
        if (mid) {
            f[k++] = "dmid";
        }
        if (inName) {
            f[k] = "dname";
        }
        return f;
    }

    private static boolean capitalised(String t) {
        return t.length() > 1 && Character.isUpperCase(t.charAt(0));
    }

    /** A token after which a capital says nothing (quotes, colons, dashes). */
    private static boolean opensClause(String t) {
        return t.equals("\"") || t.equals(":") || t.equals("--") || t.equals("-") || t.equals("(") || t.equals("'")
                || t.equals("\u201C") || t.equals("\u2018");
    }
}
