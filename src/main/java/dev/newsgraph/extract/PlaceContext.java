package dev.newsgraph.extract;

import java.util.List;
import java.util.Set;

/** What the words before a name say about it being a place: "talks in Manila", "a visit to Beijing", "in La Paz". */
final class PlaceContext {

    private PlaceContext() {
    }

    /** A location context before token t: "in X", "at X", "near X", "a visit to X" (but not "ties with X", "urged X"). */
    static boolean venue(ArticleSentence s, int t) {
        List<Token> ts = s.tokens;
        int p = t - 1;
        if (p < 0) {
            return false;
        }
        String w = ts.get(p).lower;
        if (w.equals("in") && p > 0 && WordClasses.GOVERNMENT_WORDS.contains(ts.get(p - 1).lower)) {
            return false; // "the administration in Washington", "officials in Beijing": the government
        }
        if (w.equals("in") || w.equals("at") || w.equals("near") || w.equals("outside") || w.equals("inside")) {
            // "officials in Beijing said" still reads as the place; "in Washington's view" is the country
            return !(t + 1 < ts.size() && (ts.get(t + 1).text.equals("'s") || ts.get(t + 1).text.equals("-")
                    && !ts.get(t + 1).spaceBefore));
        }
        if ((w.equals("to") || w.equals("from")) && p > 0) {
            return WordClasses.MOTION.contains(ts.get(p - 1).lower) || p > 1 && ts.get(p - 1).isWord()
                    && WordClasses.MOTION.contains(ts.get(p - 2).lower) && !ts.get(p - 1).cap();
        }
        return false;
    }

    /** "in La Paz", "from Santa Cruz": a name after a preposition of place that is not otherwise known to be a person. */
    static boolean afterLocative(ArticleSentence s, int t) {
        List<Token> ts = s.tokens;
        if (t < 1) {
            return false;
        }
        String w = ts.get(t - 1).lower;
        if (!WordClasses.LOCATIVE.contains(w)) {
            return false;
        }
        return !((w.equals("to") || w.equals("from")) && t >= 2 && WordClasses.PERSON_TO.contains(ts.get(t - 2).lower));
    }

    /** Nouns for kinds of places that a list of names can follow: "towns including X, Y and Z". */
    private static final Set<String> PLACE_KINDS = Set.of("towns", "cities", "villages",
            "regions", "provinces", "districts", "states", "islands", "ports", "capitals", "countries");

    /**
     * "several towns in the north, including Menaka, Agelhok and Tessalit": a name in a list introduced by
     * "including", "such as" or "like" after a plural noun for places (within a few words).
     */
    static boolean inPlaceList(ArticleSentence s, int t) {
        List<Token> ts = s.tokens;
        int k = t - 1;
        if (k < 1) {
            return false;
        }
        // back over the earlier items of the list: names, commas, "and"
        while (k > 0 && (ts.get(k).text.equals(",") || ts.get(k).is("and") || ts.get(k).cap())) {
            k--;
        }
        boolean introduced = ts.get(k).is("including") || ts.get(k).is("like")
                || ts.get(k).is("as") && k > 0 && ts.get(k - 1).is("such");
        if (!introduced) {
            return false;
        }
        for (int q = k - 1; q >= Math.max(0, k - 7); q--) {
            if (PLACE_KINDS.contains(ts.get(q).lower)) {
                return true;
            }
        }
        return false;
    }
}
