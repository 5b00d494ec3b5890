package dev.newsgraph.extract;

import java.util.List;

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
}
