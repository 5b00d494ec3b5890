package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.newsgraph.extract.Lexicon.How;

/**
 * Stage, after mention detection: the dateline that opens a wire story ("WASHINGTON, June 5 (Reuters) -",
 * "BUENOS AIRES, Argentina (AP) --", "MOSCOW --"). Its place is written in capitals, which the gazetteers (case-
 * sensitive) and the tagger read badly ("MOSCOW" had been an organization): the words are looked up as a name
 * is written, and the place is named so. A capital city there is the city, not its country acting.
 */
final class Datelines {

    /** What follows a dateline's place. */
    private static final Set<String> AFTER = Set.of(",", "(", "-", "--", "\u2014", "\u2013");
    /** Datelines open one of the first sentences of a story (after its headline, say). */
    private static final int FIRST_SENTENCES = 3;
    private static final int MAX_WORDS = 4;

    private final ArticleDocument doc;
    private final PhraseMatcher matcher;

    Datelines(ArticleDocument doc) {
        this.doc = doc;
        this.matcher = new PhraseMatcher(doc.lexicon);
    }

    void find() {
        for (ArticleSentence s : doc.sentences.subList(0, Math.min(FIRST_SENTENCES, doc.sentences.size()))) {
            int end = placeEnd(s);
            if (end > 0 && mark(s, end)) {
                return;
            }
        }
    }

    /**
     * Whether what follows the capitals is a dateline's: a dash, a bracket (the agency), or a comma and a month or
     * a region ("BUENOS AIRES, Argentina"). "NATO, the alliance, said" opens with capitals too.
     */
    private static boolean datelineAfter(ArticleSentence s, int end) {
        String after = s.token(end).text;
        if (!after.equals(",")) {
            return true;
        }
        return end + 1 < s.size() && (month(s.token(end + 1).lower.replace(".", ""))
                || s.token(end + 1).cap() && end + 2 < s.size() && AFTER.contains(s.token(end + 2).text));
    }

    /** The end of the capitalised place that opens the sentence as a dateline, or 0. */
    private static int placeEnd(ArticleSentence s) {
        int k = 0;
        boolean longWord = false;
        while (k < s.size() && k < MAX_WORDS && s.token(k).kind == Token.WORD && s.token(k).allCaps()
                && !s.token(k).text.contains(".")) {
            longWord |= s.token(k).text.length() >= 3;
            k++;
        }
        return k > 0 && longWord && k < s.size() && AFTER.contains(s.token(k).text) ? k : 0;
    }

    /**
     * The dateline's place replaces whatever was read from those words; false when they are no dateline: an
     * organization's acronym the gazetteer knows as written ("NATO"), or capitals followed as no dateline is.
     */
    private boolean mark(ArticleSentence s, int end) {
        PhraseMatcher.Match asWritten = matcher.gazetteerAt(s.tokens, 0);
        if (asWritten.length() == end && PhraseMatcher.pick(asWritten.hits()).type() == EntityType.ORGANIZATION) {
            return false;
        }
        List<Token> named = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int k = 0; k < end; k++) {
            Token t = s.token(k);
            String word = t.text.charAt(0) + t.text.substring(1).toLowerCase(Locale.ROOT);
            named.add(new Token(t.start, t.end, word, t.kind, t.spaceBefore));
            name.append(k == 0 ? "" : " ").append(word);
        }
        PhraseMatcher.Match hit = matcher.gazetteerAt(named, 0);
        boolean known = hit.length() == end && PhraseMatcher.pick(hit.hits()).type() != EntityType.ORGANIZATION;
        if (!known && !datelineAfter(s, end)) {
            return false;
        }
        doc.nameRuns.removeIf(r -> r.sentence == s && r.t0 < end);
        s.mentions.removeIf(m -> m.t0 < end);
        Entity place = null;
        if (known && PhraseMatcher.pick(hit.hits()).how() != How.CAPITAL) {
            place = doc.entities.fromHit(PhraseMatcher.pick(hit.hits())); // "ISRAEL", "HONG KONG"
        }
        if (place == null) {
            place = doc.entities.placeNamed(name.toString());
        }
        s.addMention(0, end, place, How.NAME, false);
        return true;
    }

    private static boolean month(String word) {
        return WordClasses.MONTHS.contains(word) || WordClasses.MONTH_ABBREVIATIONS.contains(word);
    }
}
