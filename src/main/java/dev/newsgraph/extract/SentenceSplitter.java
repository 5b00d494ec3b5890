package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences with offsets. Lines that are page chrome ("Share.", "Leave A Reply", menus) are
 * dropped; a line without sentence punctuation (a headline) is a sentence of its own. Knows abbreviations
 * (Mr., Dr., Gen., Jan., U.S.), initials, decimal numbers, closing quotes (” ’ ") and brackets after the stop.
 */
final class SentenceSplitter {

    /** A span of the input, and whether it is a headline-like line (Title Case, no final punctuation). */
    record Span(int start, int end, boolean headline) {
    }

    static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt",
            "adm", "sgt", "cmdr", "brig", "sen", "rep", "gov", "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp",
            "vs", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mt", "ft", "rev", "hon", "approx", "est", "dept", "univ", "fig", "vol", "pp", "e.g", "i.e", "cf", "al",
            "messrs", "mme", "mlle", "gens", "supt", "insp", "det", "cpl", "pvt", "ave", "blvd");

    private static final int MAX_SENTENCE = 4000;

    static final Set<String> CHROME_WORDS = Set.of("share", "facebook", "twitter", "x", "linkedin", "email", "e-mail",
            "whatsapp", "telegram", "reddit", "pinterest", "print", "copy", "link", "tumblr", "messenger", "flipboard",
            "menu", "search", "home", "subscribe", "login", "register", "newsletter", "related", "posts", "tags",
            "comments", "advertisement", "next", "previous", "more", "close", "skip", "content", "sign", "in", "up",
            "log", "out", "follow", "us", "on", "news", "opinion", "sport", "sports", "business", "world", "weather",
            "live", "markets", "video", "videos", "podcasts", "newsletters", "about", "contact", "privacy", "terms");

    private final Lexicon lex;

    SentenceSplitter(Lexicon lex) {
        this.lex = lex;
    }

    List<Span> split(String s) {
        List<Span> out = new ArrayList<>();
        int n = s.length();
        int lineStart = 0;
        // collect content lines, then join soft-wrapped lines into blocks
        int blockStart = -1;
        int blockEnd = -1;
        int lines = 0;
        while (lineStart <= n) {
            int nl = s.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            int a = lineStart;
            int b = lineEnd;
            while (a < b && isSpace(s.charAt(a))) {
                a++;
            }
            while (b > a && isSpace(s.charAt(b - 1))) {
                b--;
            }
            boolean content = a < b && !isChrome(s, a, b);
            if (!content) {
                if (blockStart >= 0) {
                    emitBlock(s, blockStart, blockEnd, lines, out);
                    blockStart = -1;
                }
            } else if (blockStart >= 0 && joins(s, blockEnd, a)) {
                blockEnd = b;
                lines++;
            } else {
                if (blockStart >= 0) {
                    emitBlock(s, blockStart, blockEnd, lines, out);
                }
                blockStart = a;
                blockEnd = b;
                lines = 1;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (blockStart >= 0) {
            emitBlock(s, blockStart, blockEnd, lines, out);
        }
        return out;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || Character.isISOControl(c);
    }

    /** A line continues the previous one when the previous ends mid-sentence and this one starts in lower case. */
    private static boolean joins(String s, int prevEnd, int start) {
        char last = s.charAt(prevEnd - 1);
        char first = s.charAt(start);
        return (Character.isLowerCase(last) || last == ',' || last == ';' || last == '-') && Character.isLowerCase(first);
    }

    private void emitBlock(String s, int a, int b, int lines, List<Span> out) {
        char last = s.charAt(b - 1);
        boolean terminal = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D' || last == '\u2019'
                || last == ')' || last == ':' || last == '\u2026' || last == '\'';
        if (!terminal && lines == 1 && b - a <= 300) {
            out.add(new Span(a, b, titleCase(s, a, b)));
            return;
        }
        splitBlock(s, a, b, out);
    }

    private static boolean titleCase(String s, int a, int b) {
        int words = 0;
        int caps = 0;
        int i = a;
        while (i < b) {
            while (i < b && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i >= b) {
                break;
            }
            int j = i;
            while (j < b && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j - i > 3) {
                words++;
                if (Character.isUpperCase(s.charAt(i))) {
                    caps++;
                }
            }
            i = j;
        }
        return words >= 2 && caps * 10 >= words * 7;
    }

    private boolean isChrome(String s, int a, int b) {
        String line = s.substring(a, b);
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\u2019\u201C\u201D]+$", "").replaceAll("\\s+", " ").trim();
        if (lex.chrome.contains(key)) {
            return true;
        }
        // a line made only of share/menu words: "Facebook Twitter LinkedIn Email"
        boolean allChrome = true;
        for (String w : key.split("[\\s|/•·,]+")) {
            allChrome &= w.isEmpty() || CHROME_WORDS.contains(w);
        }
        if (allChrome) {
            return true;
        }
        int words = 0;
        boolean inWord = false;
        int letters = 0;
        for (int i = a; i < b; i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            boolean w = !Character.isWhitespace(c);
            if (w && !inWord) {
                words++;
            }
            inWord = w;
        }
        if (letters * 2 < (b - a) && b - a > 3) {
            return true; // mostly symbols / numbers: separators, prices, junk
        }
        char last = s.charAt(b - 1);
        boolean terminal = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
        if (words <= 2) {
            return true;
        }
        return words <= 3 && !terminal;
    }

    private void splitBlock(String s, int a, int b, List<Span> out) {
        int start = a;
        int i = a;
        while (i < b) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\u2026') && isBoundary(s, i, b)) {
                int e = i + 1;
                while (e < b && isCloser(s.charAt(e))) {
                    e++;
                }
                addTrimmed(s, start, e, out);
                start = e;
                i = e;
                continue;
            }
            if (i - start > MAX_SENTENCE && Character.isWhitespace(c)) {
                addTrimmed(s, start, i, out);
                start = i;
            }
            i++;
        }
        addTrimmed(s, start, b, out);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '!'
                || c == '?';
    }

    private static void addTrimmed(String s, int a, int b, List<Span> out) {
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        if (b > a) {
            boolean hasLetter = false;
            for (int k = a; k < b && !hasLetter; k++) {
                hasLetter = Character.isLetter(s.charAt(k));
            }
            if (hasLetter) {
                out.add(new Span(a, b, false));
            }
        }
    }

    private boolean isBoundary(String s, int i, int b) {
        int e = i + 1;
        while (e < b && isCloser(s.charAt(e))) {
            e++;
        }
        if (e >= b) {
            return true;
        }
        if (!Character.isWhitespace(s.charAt(e))) {
            return false;
        }
        int k = e;
        while (k < b && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        if (k >= b) {
            return true;
        }
        char next = s.charAt(k);
        if (Character.isLowerCase(next)) {
            return false;
        }
        if (s.charAt(i) != '.') {
            return true;
        }
        // the word before the period
        int w = i;
        while (w > 0 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
            w--;
        }
        String word = s.substring(w, i);
        if (word.isEmpty()) {
            return true;
        }
        String lw = word.toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // initial: "Donald J. Trump"
        }
        if (ABBREVIATIONS.contains(lw)) {
            return false;
        }
        if (word.indexOf('.') > 0) {
            // dotted acronym such as U.S.: a boundary only when a typical sentence opener follows
            int q = k;
            while (q < b && Character.isLetter(s.charAt(q))) {
                q++;
            }
            String nextWord = s.substring(k, q).toLowerCase(Locale.ROOT);
            return lex.common.contains(nextWord) && !nextWord.isEmpty();
        }
        return true;
    }
}
