package dev.newsgraph.extract;

import java.util.List;

import dev.newsgraph.extract.Lexicon.Hit;

/** Longest gazetteer and title phrases starting at a token, and the word test for name runs. */
final class PhraseMatcher {

    /** The longest phrase found: its length in tokens (0 for none) and the hits at its end. */
    record Match(int length, List<Hit> hits) {
        static final Match NONE = new Match(0, List.of());

        boolean found() {
            return length > 0;
        }
    }

    private final Lexicon lex;

    PhraseMatcher(Lexicon lex) {
        this.lex = lex;
    }

    /** Countries, organizations, places, office holders, agreements: case-sensitive. */
    Match gazetteerAt(List<Token> ts, int i) {
        return longest(lex.gaz, ts, i, false);
    }

    /** Titles, matched in lower case. */
    Match titleAt(List<Token> ts, int i) {
        return longest(lex.titles, ts, i, true);
    }

    /** Whether a title match is the plural of a title ("foreign ministers"). */
    boolean pluralTitle(Match m) {
        return lex.pluralTitles.contains(m.hits().get(0).key());
    }

    /** The title definition of a title match. */
    Lexicon.TitleDef titleOf(Match m) {
        return lex.titleDefs.get(m.hits().get(0).key());
    }

    private static Match longest(Lexicon.Trie root, List<Token> ts, int i, boolean lower) {
        Lexicon.Trie n = root;
        Match best = Match.NONE;
        for (int j = i; j < ts.size(); j++) {
            Token t = ts.get(j);
            n = n.next.get(lower ? t.lower : t.text);
            if (n == null) {
                break;
            }
            if (n.hits != null) {
                best = new Match(j - i + 1, n.hits);
            }
        }
        return best;
    }

    /** A capitalised word that can be part of a name: not a common word, not a single letter. */
    boolean nameWord(Token t) {
        if (!t.cap() || t.text.length() < 2 && !t.text.equals("I")) {
            return false;
        }
        return !lex.common.contains(t.lower) && !t.text.equals("I");
    }

    /** Of several entities a phrase can denote, the likeliest: names before acronyms, aliases, capitals. */
    static Hit pick(List<Hit> hits) {
        Hit best = hits.get(0);
        for (Hit h : hits) {
            if (rank(h) < rank(best)) {
                best = h;
            }
        }
        return best;
    }

    private static int rank(Hit h) {
        int r = switch (h.how()) {
            case NAME -> 0;
            case ACRONYM -> 1;
            case ALIAS -> 2;
            case SURNAME -> 3;
            case CAPITAL -> 4;
            case DEMONYM -> 5;
            case BLOCK -> 6;
        };
        return r * 10 + (h.type() == EntityType.COUNTRY ? 0 : h.type() == EntityType.ORGANIZATION ? 1 : 2);
    }
}
