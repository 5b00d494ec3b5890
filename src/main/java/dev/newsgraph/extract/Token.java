package dev.newsgraph.extract;

/** A token of the input: [start, end) in the input, normalised text (curly apostrophes become '). */
final class Token {
    static final byte WORD = 0, NUM = 1, PUNCT = 2;

    final int start;
    final int end;
    final String text;
    final String lower;
    final byte kind;
    /** Whitespace (or start of sentence) directly before this token. */
    final boolean spaceBefore;
    /** Inside a quotation (“...”). */
    boolean quoted;

    Token(int start, int end, String text, byte kind, boolean spaceBefore) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.lower = text.toLowerCase(java.util.Locale.ROOT);
        this.kind = kind;
        this.spaceBefore = spaceBefore;
    }

    boolean isWord() {
        return kind == WORD;
    }

    /** Starts with an upper-case letter. */
    boolean cap() {
        return kind == WORD && Character.isUpperCase(text.charAt(0));
    }

    /** All letters upper case and at least two letters ("ASEAN", "U.S."). */
    boolean allCaps() {
        if (kind != WORD) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    @Override
    public String toString() {
        return text;
    }
}
