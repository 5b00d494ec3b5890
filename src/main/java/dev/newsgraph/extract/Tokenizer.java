package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-rolled tokenizer: words (with internal apostrophes, and dotted acronyms such as "U.S."),
 * numbers, the possessive "'s" as its own token, and every other non-space character as one punctuation token.
 * Hyphens are separate tokens so that "US-China" yields both countries.
 */
final class Tokenizer {

    private final String s;
    private final int to;
    private final List<Token> out;
    /** The next character to read. */
    private int i;
    /** Whitespace (or the start) before the next token. */
    private boolean space = true;
    /** Inside a quotation. */
    private boolean inQuote;

    private Tokenizer(String s, int from, int to) {
        this.s = s;
        this.to = to;
        this.i = from;
        this.out = new ArrayList<>(Math.max(8, (to - from) / 5));
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    /** The tokens of s[from, to), with offsets into s. */
    static List<Token> tokenize(String s, int from, int to) {
        Tokenizer t = new Tokenizer(s, from, to);
        t.readAll();
        return t.out;
    }

    private void readAll() {
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0') {
                space = true;
                i++;
            } else if (Character.isLetter(c)) {
                int acronym = dottedAcronymEnd(c);
                emit(acronym > 0 ? acronym : domainEnd(wordEnd()), Token.WORD);
            } else if (Character.isDigit(c)) {
                emit(numberEnd(), Token.NUM);
            } else if (isApostrophe(c) && i + 1 < to && (s.charAt(i + 1) == 's' || s.charAt(i + 1) == 'S')
                    && (i + 2 >= to || !Character.isLetter(s.charAt(i + 2))) && !space) {
                Token t = new Token(i, i + 2, "'s", Token.WORD, false);
                t.quoted = inQuote;
                out.add(t);
                i += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to) {
                emit(i + 2, Token.PUNCT);
            } else {
                if (c == '\u201C' || c == '\u201E' || c == '\u00AB') {
                    inQuote = true;
                } else if (c == '\u201D' || c == '\u00BB') {
                    inQuote = false;
                } else if (c == '"') {
                    inQuote = !inQuote;
                }
                emit(i + 1, Token.PUNCT);
            }
        }
    }

    /** Company names written as their web address: "Amazon.com" is one word, not a sentence's end. */
    private static final java.util.regex.Pattern DOMAIN = java.util.regex.Pattern.compile("\\.(com|net|org)(?![\\p{L}\\d])");

    /** The end of the word ending at {@code end}, with a web address's ".com", ".net" or ".org" after it. */
    private int domainEnd(int end) {
        java.util.regex.Matcher m = DOMAIN.matcher(s).region(end, Math.min(to, end + 4));
        m.useTransparentBounds(true);
        return m.lookingAt() ? m.end() : end;
    }

    /** The end of a dotted acronym starting at i (U.S. / U.K. / U.S.A.), or 0 when there is none. */
    private int dottedAcronymEnd(char c) {
        int j = i + 1;
        if (!(Character.isUpperCase(c) && j + 1 < to && s.charAt(j) == '.' && Character.isUpperCase(s.charAt(j + 1))
                && (j + 2 >= to || s.charAt(j + 2) == '.'))) {
            return 0;
        }
        int k = j;
        while (k + 1 < to && s.charAt(k) == '.' && Character.isUpperCase(s.charAt(k + 1))
                && (k + 2 >= to || s.charAt(k + 2) == '.' || !Character.isLetter(s.charAt(k + 2)))) {
            k += 2;
        }
        return k < to && s.charAt(k) == '.' ? k + 1 : k;
    }

    /** The end of the word starting at i: letters, digits, marks; O'Brien and don't kept whole, 's split off. */
    private int wordEnd() {
        int j = i + 1;
        while (j < to) {
            char d = s.charAt(j);
            if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                j++;
            } else if (isApostrophe(d) && j + 1 < to && Character.isLetter(s.charAt(j + 1))) {
                char n = s.charAt(j + 1);
                boolean possessive = (n == 's' || n == 'S') && (j + 2 >= to || !Character.isLetter(s.charAt(j + 2)));
                if (possessive) {
                    return j;
                }
                j += 2;
            } else {
                return j;
            }
        }
        return j;
    }

    /** The end of the number starting at i, with decimal points and thousands separators ("1,000.5"). */
    private int numberEnd() {
        int j = i + 1;
        while (j < to) {
            char d = s.charAt(j);
            if (Character.isLetterOrDigit(d)) {
                j++;
            } else if ((d == '.' || d == ',') && j + 1 < to && Character.isDigit(s.charAt(j + 1))) {
                j += 2;
            } else {
                return j;
            }
        }
        return j;
    }

    private void emit(int end, byte kind) {
        out.add(token(s, i, end, kind, space, inQuote));
        space = false;
        i = end;
    }

    private static Token token(String s, int a, int b, byte kind, boolean space, boolean quoted) {
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
