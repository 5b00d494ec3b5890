package dev.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.newsgraph.extract.ner.NameCues;

/**
 * Stage, after typing: lone name words that the tagger alone called a place or an organization but the article
 * treats as a person. The tagger leans that way for a surname it has never seen ("Hitchcock preferred to work
 * ...", "Caplan dismisses ..."), because most lone capitalised words in its training news are places. Two cues
 * overrule it: the sentence goes on to call the word "he", "his", "she" or "her" (places and organizations are
 * "it"), with no other person named or titled in between; or the article calls the same word a person elsewhere.
 * A word after "in", "at", "from" or "the" stays what it was, and so does one the world gazetteer knows only as a
 * region ("Texas"); gazetteer names never reach here. A word the tagger saw no name in at all ("Hendry took over
 * her seat", first in its sentence) is taken on the same cue when the surname lists hold it.
 */
final class LoneNamePersons {

    private static final Set<String> PERSONAL = Set.of("he", "his", "him", "himself", "she", "her", "hers", "herself");
    /** Words before a modifier, not a surname: "the Abbotsford area", "her Abbotsford school". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your");
    /** Verbs whose subject is a person, never a place or an organization. */
    private static final Set<String> PERSONS_VERBS = Set.of("married", "divorced", "born", "died", "starred",
            "graduated", "enrolled", "retired", "smiled", "nodded", "shrugged", "laughed", "wept", "testified",
            "pleaded", "resigned");
    /** Verbs whose object is a person: "met Hitler". */
    private static final Set<String> PERSONS_OBJECT_VERBS = Set.of("met", "meet", "meets", "married", "marries",
            "interviewed", "befriended", "hugged", "kissed");
    private static final Set<String> AUXILIARIES = Set.of("was", "is", "has", "had", "have", "been", "later", "then");
    /** Family words, and words of a life, after a possessive: "Carangi's wife", "Carangi's career". */
    private static final Set<String> KIN = Set.of("wife", "husband", "son", "daughter", "mother", "father",
            "brother", "sister", "widow", "girlfriend", "boyfriend", "parents", "children", "grandmother",
            "grandfather", "uncle", "aunt", "nephew", "niece", "fiancée", "fiance", "fiancé", "life", "career",
            "death", "funeral", "childhood", "memoir", "memoirs", "biography", "autobiography", "birthday");
    /** How far a pronoun may stand from the name and still refer to it. */
    private static final int PRONOUN_REACH = 20;

    private final ArticleDocument doc;
    private final PhraseMatcher matcher;

    LoneNamePersons(ArticleDocument doc) {
        this.doc = doc;
        this.matcher = new PhraseMatcher(doc.lexicon);
    }

    void retype() {
        Set<String> persons = new HashSet<>();
        for (NameRun r : doc.nameRuns) {
            if (candidate(r) && (pronounFollows(r) || surnameNoPlace(r) || personsWordFollows(r) || metBy(r))) {
                r.type = EntityType.PERSON;
            } else if (untypedSurname(r) && (pronounFollows(r) || personsWordFollows(r))) {
                r.type = EntityType.PERSON; // "Hitchcock preferred ... his day", where the tagger saw no name
                r.firm = true;
            }
            if (r.type == EntityType.PERSON && r.length() == 1) {
                persons.add(r.text());
            }
        }
        Set<String> things = new HashSet<>();
        for (NameRun r : doc.nameRuns) {
            if (candidate(r) && persons.contains(r.text())) {
                r.type = EntityType.PERSON; // one article, one meaning of "Hitchcock"
            }
            if (r.length() == 1 && r.type == null) {
                things.add(r.text());
            }
        }
        for (NameRun r : doc.nameRuns) {
            String word = r.text();
            if (r.length() == 1 && r.type != null && !r.firm && word.endsWith("s")
                    && things.contains(word.substring(0, word.length() - 1))) {
                r.type = null; // "the first Rafales": the plural of a word the article names no entity by
            }
        }
    }

    /** A lone word, typed place or organization by the tagger's say alone, where a person could stand. */
    private static boolean candidate(NameRun r) {
        return (r.type == EntityType.PLACE || r.type == EntityType.ORGANIZATION) && personCouldStand(r);
    }

    /**
     * A surname the tagger called a place although no place list knows it as one ("Duffy's fraud trial",
     * "Caplan dismisses"): towns that share a surname are in the world gazetteer; a place it has never heard of
     * and a surname it has are more often a person.
     */
    private static boolean surnameNoPlace(NameRun r) {
        NameCues cues = NameCues.shared();
        String word = r.text();
        return r.type == EntityType.PLACE && cues.isSurname(word) && !cues.isWorldPlace(word);
    }

    /** A lone word nothing typed that the surname lists hold, where a person could stand. */
    private static boolean untypedSurname(NameRun r) {
        return r.type == null && r.sentence.nameOver(r.t0, r.t1) == null
                && NameCues.shared().isSurname(r.text()) && personCouldStand(r);
    }

    private static boolean personCouldStand(NameRun r) {
        ArticleSentence s = r.sentence;
        if (r.length() != 1 || r.firm || s.headline) {
            return false;
        }
        Token t = s.token(r.t0);
        NameCues cues = NameCues.shared();
        return !t.allCaps() && !PlaceContext.afterLocative(s, r.t0)
                && (r.t0 == 0 || !DETERMINERS.contains(s.token(r.t0 - 1).lower))
                && (r.t1 >= s.size() || !s.token(r.t1).cap())
                && !cues.isCommonWord(t.text) && !cues.isCueWord(t.text) && !cues.isWorldPlaceOnly(t.text);
    }

    /**
     * "Aldrin has been married three times", "Winstone enrolled at ...", "Carangi's wife": a verb only a person
     * is the subject of, right after the word or its auxiliaries, or a family word after its possessive.
     */
    private static boolean personsWordFollows(NameRun r) {
        List<Token> ts = r.sentence.tokens;
        int i = r.t1;
        if (i + 1 < ts.size() && ts.get(i).text.equals("'s")) {
            return KIN.contains(ts.get(i + 1).lower);
        }
        while (i < ts.size() && AUXILIARIES.contains(ts.get(i).lower)) {
            i++;
        }
        return i < ts.size() && PERSONS_VERBS.contains(ts.get(i).lower);
    }

    /** "met Hitler and other officials", "married Oswald": verbs whose object is a person, never a place. */
    private static boolean metBy(NameRun r) {
        return r.t0 > 0 && PERSONS_OBJECT_VERBS.contains(r.sentence.token(r.t0 - 1).lower);
    }

    /**
     * "Mishima espoused ... the end of his life": a personal pronoun after the name in the same clause (no comma or
     * other punctuation between), and no other person named or titled between.
     */
    private boolean pronounFollows(NameRun r) {
        ArticleSentence s = r.sentence;
        List<Token> ts = s.tokens;
        int end = Math.min(ts.size(), r.t1 + PRONOUN_REACH);
        for (int i = r.t1; i < end; i++) {
            Token t = ts.get(i);
            if (PERSONAL.contains(t.lower)) {
                return true;
            }
            if (t.cap() && i > r.t1 || matcher.titleAt(ts, i).found() || personMentionAt(s, i)) {
                return false; // another name, or a title that says another person, may own the pronoun
            }
            if (!t.isWord() && !t.text.equals("'s")) {
                return false; // past the clause: "... all Nato members to respond to an attack, if ... his demands"
            }
        }
        return false;
    }

    private static boolean personMentionAt(ArticleSentence s, int i) {
        for (Mention m : s.mentions) {
            if (m.t0 <= i && i < m.t1 && m.entity.type == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }
}
