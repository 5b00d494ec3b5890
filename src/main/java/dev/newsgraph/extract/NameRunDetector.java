package dev.newsgraph.extract;

import java.util.List;

import dev.newsgraph.extract.ner.NameCues;

/**
 * Finds a run of name words starting at a token: capitalised words not in the gazetteers or titles, joined by
 * hyphens, particles ("bin", "von"), "of" / "of the" and "and" before an agreement head ("Security and Defence
 * Partnership"). What the run names is decided later, by {@link NameRunTyper}.
 */
final class NameRunDetector {

    private final PhraseMatcher matcher;

    NameRunDetector(PhraseMatcher matcher) {
        this.matcher = matcher;
    }

    /** The name run starting at token i of the sentence, or null; {@code previous} is the segment before it. */
    Segment detect(ArticleSentence s, int i, Segment previous) {
        List<Token> ts = s.tokens;
        int n = ts.size();
        Token t = ts.get(i);
        // a short capitalised word right after a title starts a name: "President Xi Jinping"
        boolean afterTitle = previous != null && previous.kind == Segment.Kind.TITLE && previous.t1 == i && t.cap()
                && t.text.length() <= 3 && i + 1 < n && matcher.nameWord(ts.get(i + 1)) && !gazetteerAt(ts, i + 1);
        if (!matcher.nameWord(t) && !afterTitle) {
            return null;
        }
        if (i == 0 && i + 1 < n && (ts.get(1).is("of") || ts.get(1).is("for")) && NameCues.shared().isCommonWord(t.text)
                && !WordClasses.ORG_HEADS.contains(t.lower) && !WordClasses.AGREEMENT_HEADS.contains(t.lower)
                && !WordClasses.EVENT_HEADS.contains(t.lower)) {
            return null; // "Shares of Ford Motor Co. fell": a sentence's first word, not the start of a name
        }
        int j = i + 1;
        while (j < n) {
            int next = continuation(ts, j);
            if (next == j) {
                break;
            }
            j = next;
        }
        return new Segment(Segment.Kind.NAME, i, j);
    }

    /** Where the run goes on from token j: j itself when it ends there. */
    private int continuation(List<Token> ts, int j) {
        int n = ts.size();
        Token u = ts.get(j);
        if (u.text.equals("-") && !u.spaceBefore && j + 1 < n && ts.get(j + 1).isWord() && !ts.get(j + 1).spaceBefore
                && ts.get(j - 1).isWord()) {
            return joinsName(ts, j) ? j + 2 : j;
        }
        if (u.cap() && (matcher.nameWord(u) || u.text.length() > 1 && !WordClasses.FUNCTION.contains(u.lower))
                && !gazetteerAt(ts, j) && !titleAt(ts, j)) {
            return personAfterOrganization(ts, j) ? j : j + 1;
        }
        if ((PersonNames.PARTICLES.contains(u.text) || u.text.equals("of") || u.text.equals("for")) && j + 1 < n
                && matcher.nameWord(ts.get(j + 1)) && !gazetteerAt(ts, j + 1) && !titleAt(ts, j + 1)) {
            return j + 2;
        }
        if (u.text.equals("and") && j + 2 < n && matcher.nameWord(ts.get(j + 1)) && !gazetteerAt(ts, j + 1)
                && (WordClasses.AGREEMENT_HEADS.contains(ts.get(j + 1).lower) || ts.get(j + 2).cap()
                && WordClasses.AGREEMENT_HEADS.contains(ts.get(j + 2).lower))) {
            return j + 2; // "Security and Defence Partnership"
        }
        if ((u.text.equals("of") || u.text.equals("for")) && j + 2 < n && ts.get(j + 1).text.equals("the")
                && matcher.nameWord(ts.get(j + 2)) && !gazetteerAt(ts, j + 2)) {
            return j + 3; // "Court of the Hague", "National Movement for the Liberation of Azawad"
        }
        return j;
    }

    /**
     * "... the Central Commission for Foreign Affairs Wang Yi": a person's name of two words right after the word
     * that ends an organization's name (an office before its holder) starts a name of its own.
     */
    static boolean personAfterOrganization(List<Token> ts, int j) {
        if (j + 1 >= ts.size() || !ORGANIZATION_ENDS.contains(ts.get(j - 1).lower) || !ts.get(j - 1).cap()) {
            return false;
        }
        Token first = ts.get(j);
        Token second = ts.get(j + 1);
        NameCues cues = NameCues.shared();
        boolean ends = j + 2 >= ts.size() || !ts.get(j + 2).cap();
        return ends && second.cap() && !first.allCaps() && !second.allCaps()
                && (cues.isSurname(first.text) || cues.isAnyGivenName(first.text))
                && !cues.isCommonWord(first.text) && !cues.isCommonWord(second.text)
                && !WordClasses.ORG_HEADS.contains(second.lower);
    }

    /** Words that end an organization's or office's name: "Foreign Affairs", "Central Committee". */
    private static final java.util.Set<String> ORGANIZATION_ENDS = java.util.Set.of("affairs", "committee", "commission",
            "ministry", "council", "office", "bureau", "department", "staff", "administration", "secretariat",
            "directorate", "cabinet", "presidium", "politburo");

    /**
     * Whether the word after the hyphen at j is part of the name: not when it makes the name a modifier ("KFC-parent
     * Yum Brands", "a London-based firm", "Saudi-led forces"); the name ends before the hyphen then. Other
     * compounds stay whole ("Harley-Davidson", "al-Assad", "Attack-class").
     */
    private static boolean joinsName(List<Token> ts, int j) {
        return !MODIFIER_SUFFIXES.contains(ts.get(j + 1).lower);
    }

    private static final java.util.Set<String> MODIFIER_SUFFIXES = java.util.Set.of("based", "led", "backed",
            "owned", "parent", "born", "made", "funded", "run", "linked", "controlled", "affiliated", "allied",
            "listed", "headquartered", "brokered", "sponsored", "supported", "friendly", "bound", "style", "era");

    private boolean gazetteerAt(List<Token> ts, int i) {
        return matcher.gazetteerAt(ts, i).found();
    }

    private boolean titleAt(List<Token> ts, int i) {
        return matcher.titleAt(ts, i).found();
    }
}
