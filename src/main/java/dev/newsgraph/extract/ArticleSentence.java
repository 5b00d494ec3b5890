package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.newsgraph.extract.ner.NameSpan;

/**
 * One sentence of the article being extracted, with its tokens and the mentions found in it. The public
 * {@link Sentence} record is what the output shows; this is the working state the stages read and extend.
 */
final class ArticleSentence {

    private static final Comparator<Mention> DOCUMENT_ORDER = Comparator.comparingInt((Mention m) -> m.t0)
            .thenComparingInt(m -> -m.t1);

    final int index;
    final int start;
    final int end;
    /** A headline-like line (Title Case, no final punctuation): capitals say little about names there. */
    final boolean headline;
    /** The sentence text, {@code input.substring(start, end)}. */
    final String text;
    final List<Token> tokens;
    final List<Mention> mentions = new ArrayList<>();
    /** The name tagger's spans over {@link #tokens}, left to right (set by {@link NameTagging}). */
    List<NameSpan> names = List.of();

    /** Sentence {@code index} of the input, at the splitter's span, tokenized. */
    ArticleSentence(int index, SentenceSplitter.Span span, String input) {
        this.index = index;
        this.start = span.start();
        this.end = span.end();
        this.headline = span.headline();
        this.text = input.substring(start, end);
        this.tokens = Tokenizer.tokenize(input, start, end);
    }

    /** The input text of tokens [t0, t1). */
    String span(int t0, int t1) {
        return text.substring(tokens.get(t0).start - start, tokens.get(t1 - 1).end - start);
    }

    /** The tagger's name span that starts at token t, or null. */
    NameSpan nameStartingAt(int t) {
        for (NameSpan n : names) {
            if (n.start() == t) {
                return n;
            }
        }
        return null;
    }

    /** The tagger's name span sharing the most tokens with [t0, t1), when it covers at least half of them; or null. */
    NameSpan nameOver(int t0, int t1) {
        NameSpan best = null;
        int bestOverlap = 0;
        for (NameSpan n : names) {
            int overlap = Math.min(t1, n.end()) - Math.max(t0, n.start());
            if (overlap > bestOverlap) {
                best = n;
                bestOverlap = overlap;
            }
        }
        return 2 * bestOverlap >= t1 - t0 ? best : null;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    /** Whether some mention already covers token t. */
    boolean covered(int t) {
        for (Mention m : mentions) {
            if (m.t0 <= t && t < m.t1) {
                return true;
            }
        }
        return false;
    }

    /** Left to right; of two mentions starting together, the longer first. */
    void sortMentions() {
        mentions.sort(DOCUMENT_ORDER);
    }

    Mention addMention(int t0, int t1, Entity e, Lexicon.How how, boolean inner) {
        Mention m = new Mention(this, t0, t1, e, how, inner);
        mentions.add(m);
        return m;
    }

    /** A pronoun or description resolved by context: not counted, no alias, with less confidence. */
    Mention addReference(int t0, int t1, Entity e, double conf) {
        Mention m = addMention(t0, t1, e, Lexicon.How.ALIAS, false);
        m.ref = true;
        m.conf = conf;
        return m;
    }
}
