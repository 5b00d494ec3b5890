package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.newsgraph.extract.Lexicon.Hit;
import dev.newsgraph.extract.Lexicon.How;
import dev.newsgraph.extract.ner.NameSpan;

/**
 * Cuts a sentence into segments, left to right and longest first: gazetteer phrases, titles, and runs of name
 * words (the last found by {@link NameRunDetector}).
 */
final class Segmenter {

    private final PhraseMatcher matcher;
    private final NameRunDetector nameRuns;

    Segmenter(PhraseMatcher matcher, NameRunDetector nameRuns) {
        this.matcher = matcher;
        this.nameRuns = nameRuns;
    }

    List<Segment> segment(ArticleSentence s) {
        List<Token> ts = s.tokens;
        List<Segment> segs = new ArrayList<>();
        int i = 0;
        while (i < ts.size()) {
            Token t = ts.get(i);
            if (!t.isWord()) {
                i++;
                continue;
            }
            PhraseMatcher.Match gaz = matcher.gazetteerAt(ts, i);
            PhraseMatcher.Match title = matcher.titleAt(ts, i);
            // lower-case ranks and honorifics are ordinary words ("in general", "major")
            int gl = gaz.length();
            int tl = title.found() && !t.cap() && !matcher.titleOf(title).role() ? 0 : title.length();
            Segment last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
            if (gl > 0 && gl >= tl) {
                NameSpan longer = personOverCapital(s, i, gaz);
                if (longer == null) {
                    longer = organizationOverName(s, i, gaz);
                }
                int nameEnd = longer != null ? longer.end() : nameAfterPossessive(s, i, gaz);
                if (nameEnd > i) {
                    // "Santiago Peña", "Victoria Beckham": a capital's name that starts a tagged person's name, or
                    // the two-word name after a possessive ("Paraguay's Santiago Peña"); "Canadian Blood Services"
                    segs.add(new Segment(Segment.Kind.NAME, i, nameEnd));
                    i = nameEnd;
                    continue;
                }
                if (extendsNameRun(ts, i, gaz, last)) {
                    // "Supreme National" + "Security Council": one longer name, not the gazetteer's organization
                    last.t1 = i + gl;
                } else if (PhraseMatcher.pick(gaz.hits()).how() != How.BLOCK) {
                    Segment g = new Segment(Segment.Kind.GAZETTEER, i, i + gl);
                    g.hit = PhraseMatcher.pick(gaz.hits());
                    segs.add(g);
                }
                i += gl;
            } else if (tl > 0) {
                Segment g = new Segment(Segment.Kind.TITLE, i, i + tl);
                g.title = matcher.titleOf(title);
                g.lower = !t.cap();
                g.plural = matcher.pluralTitle(title);
                segs.add(g);
                i += tl;
            } else {
                Segment run = longerTaggedName(s, i, nameRuns.detect(s, i, last));
                if (run != null) {
                    segs.add(run);
                    i = run.t1;
                } else {
                    i++;
                }
            }
        }
        return segs;
    }

    /** The suffixes that end a company's name: "General Motors Corp. and Ford Motor Co." are two companies. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("corp", "inc", "co", "ltd", "plc", "llc", "ag", "sa",
            "nv", "gmbh", "group", "bros");

    /** Where a tagged name ends: before "and" when a company's suffix comes first ("... Corp. and Ford ..."). */
    private static int companyEnd(ArticleSentence s, int start, int end) {
        for (int k = start + 2; k < end; k++) {
            if (!s.token(k).is("and")) {
                continue;
            }
            int suffix = s.token(k - 1).text.equals(".") ? k - 2 : k - 1;
            String word = s.token(suffix).lower.replace(".", "");
            if (suffix > start && COMPANY_SUFFIXES.contains(word)) {
                return suffix + 1;
            }
        }
        return end;
    }

    /**
     * Where a tagged name ends: before a dash that sets off a clause ("the Lovings -- and Richard in particular
     * --", "the Census Bureau — and"), which no name spans; a hyphen inside a name ("al-Nimr") stays.
     */
    private static int dashEnd(ArticleSentence s, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (clauseDashAt(s, k)) {
                return k;
            }
        }
        return end;
    }

    /** A spaced dash at token k: "--", an em or en dash, or two hyphens. */
    static boolean clauseDashAt(ArticleSentence s, int k) {
        Token t = s.token(k);
        boolean dash = t.text.equals("--") || t.text.equals("\u2014") || t.text.equals("\u2013");
        boolean doubleHyphen = t.text.equals("-") && k + 1 < s.size() && s.token(k + 1).text.equals("-")
                && !s.token(k + 1).spaceBefore;
        return t.spaceBefore && (dash || doubleHyphen);
    }

    /**
     * Where a tagged name ends: before a title followed by a name ("Chrysler Corp Chairman Lee Iacocca" is a
     * company, a title and its holder), or before a title that ends it after two or more words of an office's name
     * ("the Ontario Independent Police Review Director, Gerry McNeilly": the review, and its director); not before
     * a title that is the name's own end ("Office of the Prime Minister", "Foreign Minister") or a person's surname
     * ("Martin Luther King").
     */
    private int titleBeforeName(ArticleSentence s, int start, int end, boolean office) {
        for (int k = start + 1; k < end; k++) {
            PhraseMatcher.Match title = matcher.titleAt(s.tokens, k);
            if (!title.found() || !s.token(k).cap()) {
                continue;
            }
            int after = k + title.length();
            boolean holderFollows = after < end && s.token(after).cap()
                    && !PersonNames.GENERATIONAL.contains(s.token(after).lower); // "Martin Luther King Jr."
            boolean endsOfficeName = office && after == end && k - start >= 2 && s.token(k - 1).cap()
                    && !WordClasses.NAME_CONNECTORS.contains(s.token(k - 1).lower);
            if (holderFollows || endsOfficeName) {
                return k;
            }
        }
        return end;
    }

    /** Words that begin a longer place name ("North Carolina", "New Wales") and so never end one. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "new",
            "upper", "lower", "northern", "southern", "eastern", "western", "central");

    /**
     * The tagger's name starting at token i when the capitalisation rules found none there or a shorter one: "Bank
     * of Japan" (a gazetteer word inside), "Ramon dela Cruz" (a lower-case particle), "Will Onyango" (a common word).
     */
    private Segment longerTaggedName(ArticleSentence s, int i, Segment run) {
        NameSpan tagged = s.nameStartingAt(i);
        if (tagged == null || tagged.type().equals("MISC") || tagged.end() - i < 2 || run != null && run.t1 >= tagged.end()
                || s.headline || !s.token(i).cap()) {
            return run;
        }
        for (int k = i; k < tagged.end(); k++) {
            Token t = s.token(k);
            int next = k + 1 < tagged.end() && s.token(k + 1).text.equals("-") ? k + 2 : k + 1; // "al-Nimr"
            boolean capitalNext = next < tagged.end() && s.token(next).cap();
            boolean lower = t.isWord() && !t.cap() && !WordClasses.NAME_CONNECTORS.contains(t.lower)
                    && !PersonNames.PARTICLES.contains(t.lower); // "Ilse van der Molen"
            if (lower && (!capitalNext || WordClasses.FUNCTION.contains(t.lower))) {
                // a lower-case word inside a name is a particle before a capitalised one ("dela Cruz"): in "the
                // Census Bureau -- and seems" and "Keira than Kiera" the tagger ran on into the sentence
                return run;
            }
        }
        int end = titleBeforeName(s, i, companyEnd(s, i, dashEnd(s, i, tagged.end())), !tagged.type().equals("PER"));
        if (end - i > 2 && NameRunDetector.personAfterOrganization(s.tokens, end - 2)) {
            end -= 2; // "... for Foreign Affairs | Wang Yi": the office's holder is a name of its own
        }
        if (end < s.size() && COMPASS.contains(s.token(end - 1).lower) && s.token(end).cap()
                && !WordClasses.FUNCTION.contains(s.token(end).lower)) {
            end++; // "University of North | Carolina": a compass word does not end a name
        }
        return new Segment(Segment.Kind.NAME, i, end);
    }

    /**
     * Where a name of exactly two words ends that starts with a capital's one-word name right after a possessive:
     * "Paraguay's Santiago Peña" is a person (a country's capital follows its name as "its capital X"); i when
     * there is none, or the second word ends names of places or organizations ("Lima Airport").
     */
    private int nameAfterPossessive(ArticleSentence s, int i, PhraseMatcher.Match gaz) {
        if (i == 0 || !s.token(i - 1).text.equals("'s") || gaz.length() != 1 || i + 1 >= s.size() || s.headline
                || PhraseMatcher.pick(gaz.hits()).how() != How.CAPITAL) {
            return i;
        }
        Token second = s.token(i + 1);
        boolean twoWords = matcher.nameWord(second) && !matcher.gazetteerAt(s.tokens, i + 1).found()
                && (i + 2 >= s.size() || !s.token(i + 2).cap());
        boolean head = WordClasses.ORG_HEADS.contains(second.lower) || WordClasses.PLACE_HEADS.contains(second.lower)
                || WordClasses.EVENT_HEADS.contains(second.lower) || WordClasses.AGREEMENT_HEADS.contains(second.lower);
        return twoWords && !head ? i + 2 : i;
    }

    /** The tagger's person name that starts with the capital's name matched at i and goes on past it, or null. */
    private static NameSpan personOverCapital(ArticleSentence s, int i, PhraseMatcher.Match gaz) {
        NameSpan tagged = s.nameStartingAt(i);
        boolean longerPerson = tagged != null && tagged.type().equals("PER") && tagged.end() > i + gaz.length()
                && PhraseMatcher.pick(gaz.hits()).how() == How.CAPITAL && !s.headline && s.token(i + gaz.length()).cap();
        return longerPerson ? tagged : null;
    }

    /**
     * The tagger's organization that starts with a gazetteer name and goes on, in capitalised words, to an
     * organization's head noun: "Canadian Blood Services", "BBC World Service" are organizations of their own, not
     * the country or the broadcaster and some words after it. Null when there is none.
     */
    private static NameSpan organizationOverName(ArticleSentence s, int i, PhraseMatcher.Match gaz) {
        NameSpan tagged = s.nameStartingAt(i);
        if (tagged == null || !tagged.type().equals("ORG") || tagged.end() <= i + gaz.length() || s.headline
                || !WordClasses.ORG_HEADS.contains(s.token(tagged.end() - 1).lower)
                || companyEnd(s, i, tagged.end()) < tagged.end()) {
            return null; // "General Motors Corp. and Ford Motor Co.": two companies, the gazetteer's first
        }
        for (int k = i + gaz.length(); k < tagged.end(); k++) {
            Token t = s.token(k);
            if (t.isWord() && !t.cap() && !WordClasses.NAME_CONNECTORS.contains(t.lower) || t.text.equals(",")) {
                return null; // a hyphen may join ("Japan Ground Self-Defense Force"), lower-case words may not
            }
        }
        return s.token(i + gaz.length()).cap() ? tagged : null;
    }

    /** A gazetteer organization ending in an organization head right after a name run continues that run. */
    private static boolean extendsNameRun(List<Token> ts, int i, PhraseMatcher.Match gaz, Segment last) {
        Hit h = PhraseMatcher.pick(gaz.hits());
        // "Peace and Security Council": the run may end in "and" right before the gazetteer's words
        boolean joined = last != null && (last.t1 == i || last.t1 == i - 1 && ts.get(i - 1).is("and"));
        return joined && last.kind == Segment.Kind.NAME && h.type() == EntityType.ORGANIZATION
                && h.how() != How.ACRONYM && WordClasses.ORG_HEADS.contains(ts.get(i + gaz.length() - 1).lower);
    }
}
