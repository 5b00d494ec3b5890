package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-rolled tokenizer: words (with internal apostrophes, and dotted acronyms such as "U.S."),
 * numbers, the possessive "'s" as its own token, and every other non-space character as one punctuation token.
 * Hyphens are separate tokens so that "US-China" yields both countries.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    static List<Token> tokenize(String s, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(8, (to - from) / 5));
        int i = from;
        boolean space = true;
        boolean inQuote = false;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0') {
                space = true;
                i++;
                continue;
            }
            if (Character.isLetter(c)) {
                int j = i + 1;
                // dotted acronym: U.S. / U.K. / U.S.A.
                if (Character.isUpperCase(c) && j + 1 < to && s.charAt(j) == '.' && Character.isUpperCase(s.charAt(j + 1))
                        && (j + 2 >= to || s.charAt(j + 2) == '.')) {
                    int k = j;
                    while (k + 1 < to && s.charAt(k) == '.' && Character.isUpperCase(s.charAt(k + 1))
                            && (k + 2 >= to || s.charAt(k + 2) == '.' || !Character.isLetter(s.charAt(k + 2)))) {
                        k += 2;
                    }
                    if (k < to && s.charAt(k) == '.') {
                        k++;
                    }
                    out.add(mk(s, i, k, Token.WORD, space, inQuote));
                    space = false;
                    i = k;
                    continue;
                }
                while (j < to) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if (isApostrophe(d) && j + 1 < to && Character.isLetter(s.charAt(j + 1))) {
                        // possessive 's / s' split off; O'Brien, don't kept whole
                        char n = s.charAt(j + 1);
                        boolean possessive = (n == 's' || n == 'S') && (j + 2 >= to || !Character.isLetter(s.charAt(j + 2)));
                        if (possessive) {
                            break;
                        }
                        j += 2;
                    } else {
                        break;
                    }
                }
                out.add(mk(s, i, j, Token.WORD, space, inQuote));
                space = false;
                i = j;
                continue;
            }
            if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = s.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '.' || d == ',') && j + 1 < to && Character.isDigit(s.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                out.add(mk(s, i, j, Token.NUM, space, inQuote));
                space = false;
                i = j;
                continue;
            }
            if (isApostrophe(c) && i + 1 < to && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(s.charAt(i + 2))) && !space) {
                Token t = new Token(i, i + 2, "'s", Token.WORD, false);
                t.quoted = inQuote;
                out.add(t);
                i += 2;
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < to) {
                out.add(mk(s, i, i + 2, Token.PUNCT, space, inQuote));
                space = false;
                i += 2;
                continue;
            }
            if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
                inQuote = true;
            } else if (c == '\u201D' || c == '\u00BB') {
                inQuote = false;
            } else if (c == '"') {
                inQuote = !inQuote;
            }
            Token t = mk(s, i, i + 1, Token.PUNCT, space, inQuote);
            out.add(t);
            space = false;
            i++;
        }
        return out;
    }

    private static Token mk(String s, int a, int b, byte kind, boolean space, boolean quoted) {
        String text = s.substring(a, b);
        if (kind == Token.WORD && (text.indexOf('\u2019') >= 0 || text.indexOf('\u02BC') >= 0)) {
            text = text.replace('\u2019', '\'').replace('\u02BC', '\'');
        }
        if (kind == Token.PUNCT) {
            char c = text.charAt(0);
            if (c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011') {
                text = c == '\u2014' ? "--" : "-";
            } else if (isApostrophe(c) || c == '\u2018') {
                text = "'";
            }
        }
        Token t = new Token(a, b, text, kind, space);
        t.quoted = quoted;
        return t;
    }

    /** Tokens of a gazetteer phrase, as the tokenizer would produce them in running text. */
    static List<String> keyTokens(String phrase) {
        List<Token> ts = tokenize(phrase, 0, phrase.length());
        List<String> out = new ArrayList<>(ts.size());
        for (Token t : ts) {
            out.add(t.text);
        }
        return out;
    }
}
