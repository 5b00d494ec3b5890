package dev.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Small string helpers: slugs for ids, folding for comparisons. */
final class Text {

    private Text() {
    }

    /** Lower case, accents removed, apostrophes dropped, non-alphanumerics to single dashes. */
    static String slug(String s) {
        String f = fold(s);
        StringBuilder b = new StringBuilder(f.length());
        boolean dash = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\'') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
                dash = false;
            } else if (c == '+') {
                b.append("plus");
                dash = false;
            } else if (!dash && b.length() > 0) {
                b.append('-');
                dash = true;
            }
        }
        int e = b.length();
        while (e > 0 && b.charAt(e - 1) == '-') {
            e--;
        }
        b.setLength(e);
        return b.toString();
    }

    /** Lower case without accents; curly apostrophes become '. */
    static String fold(String s) {
        String n = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").replace('\u2019', '\'');
                break;
            }
        }
        return n.toLowerCase(Locale.ROOT);
    }

    /** Key for comparing names: folded, dots removed, spaces collapsed, leading "the " removed. */
    static String key(String s) {
        String f = fold(s).replace(".", "").replaceAll("\\s+", " ").trim();
        return f.startsWith("the ") ? f.substring(4) : f;
    }

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (start && Character.isLetter(c)) {
                int e = i;
                while (e < s.length() && Character.isLetter(s.charAt(e))) {
                    e++;
                }
                String w = s.substring(i, e);
                boolean small = w.equals("of") || w.equals("the") || w.equals("for") || w.equals("and");
                b.append(small && i > 0 ? w : Character.toUpperCase(c) + w.substring(1));
                i = e - 1;
                start = false;
                continue;
            }
            b.append(c);
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}
