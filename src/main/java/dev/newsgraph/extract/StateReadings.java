package dev.newsgraph.extract;

import java.util.List;
import java.util.Set;

import dev.newsgraph.extract.Lexicon.How;

/**
 * Stage: which mentions of a country stand for its state, government or team acting rather than for the place
 * ("Russia announced", "sanctions against Iran", "Australia's position", "the Hong Kong government", a capital
 * read as its country: "Beijing believes"). The entity stays the country; the mention's {@link MentionSpan.Kind}
 * says which reading the words take, from the words around it (cue words in relation-triggers.tsv, state-*).
 */
final class StateReadings {

    /** Words between a subject and its verb that change nothing: "Russia also announced", "China has not said". */
    private static final Set<String> ADVERBS = Set.of("also", "now", "then", "still", "already", "later", "finally",
            "reportedly", "officially", "recently", "quickly", "formally", "not", "n't", "never", "itself", "too");
    /** Auxiliaries before a verb's base form: "China will retaliate", "Iran did reject". */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "must", "may", "might", "can",
            "cannot", "did", "does", "do", "to", "wo", "'ll", "'d");
    private static final Set<String> PERFECT = Set.of("has", "have", "had");
    /** Words between a modal and the verb it governs: "the USA would have to withdraw", "may be able to sign". */
    private static final Set<String> MODAL_LINKS = Set.of("have", "to", "be", "able", "also", "not", "n't", "now",
            "still", "then", "soon", "never");
    private static final Set<String> PASSIVE = Set.of("is", "was", "were", "are", "been", "being");
    /** Verbs of a state's action whose past form does not end in -ed. */
    private static final Set<String> IRREGULAR_PAST = Set.of("withdrew", "sought", "fought", "won", "beat", "froze",
            "struck", "chose", "undertook");
    /**
     * Prepositions after a relation word that take the state as object: "sanctions against", "war with", "ceded
     * to".
     */
    private static final Set<String> RELATION_PREPOSITIONS = Set.of("against", "on", "with", "of", "by", "from",
            "to");
    /**
     * Words before a subject that leave it the subject of its clause: "But Russia said", "after China agreed", "he
     * said Japan would".
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", "and", "but", "that", "said", "says", "when",
            "after", "before", "as", "because", "while", "if", "since", "until", "although", "though", "whether", "so",
            "(", "\"", "“", ":", ";", "-", "–", "—");
    /** Words between the word that governs a name and the name: "blame on both Germany", "ceded to the UK". */
    private static final Set<String> DETERMINERS = Set.of("the", "both", "either", "neither");
    private static final Set<String> ARTICLE = Set.of("the");

    private final ArticleDocument doc;
    private final Lexicon lexicon;

    StateReadings(ArticleDocument doc) {
        this.doc = doc;
        this.lexicon = doc.lexicon;
    }

    void read() {
        for (ArticleSentence s : doc.sentences) {
            List<Mention> names = s.mentions.stream().filter(StateReadings::countryName).toList();
            for (Mention m : names) {
                m.state = subject(s, m) || object(s, m) || possessor(s, m) || body(s, m);
            }
            for (Mention m : names) {
                if (m.state) {
                    spreadToConjuncts(s, m, names);
                }
            }
        }
    }

    /**
     * A country's name, alias or capital in its own right: not a demonym, a modifier inside a name or a reference. A
     * capital takes the same cues as the name: "Beijing believes", but "Cairo had a population".
     */
    private static boolean countryName(Mention m) {
        return m.entity.type == EntityType.COUNTRY && !m.ref && !m.inner && m.how != How.DEMONYM;
    }

    /** "Russia announced", "China will retaliate", "Spain had expelled", "China was defeated", "South Africa are". */
    private boolean subject(ArticleSentence s, Mention m) {
        int before = skipBack(s, m.t0 - 1, ARTICLE);
        if (before >= 0 && !CLAUSE_OPENERS.contains(s.token(before).lower) && !Character.isDigit(
                s.token(before).text.charAt(0)) && !s.token(before).cap()) {
            return false;
        }
        int i = skip(s, m.t1, ADVERBS);
        if (i >= s.size()) {
            return false;
        }
        String w = s.token(i).lower;
        if (pastOrPresent(w)) {
            return true;
        }
        int afterVerb = skip(s, i + 1, ADVERBS); // may run to the end: "Norway did not" without a full stop
        String next = afterVerb < s.size() ? s.token(afterVerb).lower : "";
        if (MODALS.contains(w)) {
            int verb = skip(s, i + 1, MODAL_LINKS);
            return verb < s.size() && lexicon.trigger(TriggerGroup.STATE_ACT, s.token(verb).lower);
        }
        if (PERFECT.contains(w)) {
            return pastOrPresent(next) && !next.endsWith("s");
        }
        // a singular name with a plural verb is a team or a government: "South Africa are almost at the point"
        return w.equals("are") || w.equals("were") && !next.equals("to")
                || PASSIVE.contains(w) && lexicon.trigger(TriggerGroup.STATE_PASSIVE, next);
    }

    /** A verb of a state's action in a finite form (not the base form, which after a name is mostly a noun). */
    private boolean pastOrPresent(String w) {
        return lexicon.trigger(TriggerGroup.STATE_ACT, w)
                && (w.endsWith("ed") || w.endsWith("s") || IRREGULAR_PAST.contains(w));
    }

    /** "beating England", "sanctions against Russia", "pressure on Hungary", "territory claimed by Albania". */
    private boolean object(ArticleSentence s, Mention m) {
        if (!endsNounPhrase(s, m.t1)) {
            return false; // "by UK spy agency GCHQ": the name modifies what follows
        }
        int before = skipBack(s, m.t0 - 1, DETERMINERS);
        if (before < 0) {
            return false;
        }
        String w = s.token(before).lower;
        if (lexicon.trigger(TriggerGroup.STATE_OBJECT_VERB, w)) {
            return true;
        }
        if (before == 0 || !RELATION_PREPOSITIONS.contains(w)) {
            return false;
        }
        String head = s.token(before - 1).lower;
        if (w.equals("by")) {
            return head.endsWith("ed") && !PASSIVE.contains(head); // the agent of a passive: "claimed by Albania"
        }
        return lexicon.trigger(TriggerGroup.STATE_RELATION_NOUN, head);
    }

    /** "Russia's actions", "Australia's position": the state has what only an actor has. */
    private boolean possessor(ArticleSentence s, Mention m) {
        int i = m.t1;
        if (i + 1 >= s.size() || !s.token(i).lower.equals("'s")) {
            return false;
        }
        String noun = s.token(i + 1).lower;
        String after = i + 2 < s.size() ? s.token(i + 2).lower : "";
        return lexicon.trigger(TriggerGroup.STATE_AGENCY, noun) || lexicon.trigger(TriggerGroup.STATE_AGENCY, after)
                && s.token(i + 1).cap();
    }

    /** "the Hong Kong government", "this Australia side". */
    private boolean body(ArticleSentence s, Mention m) {
        return m.t1 < s.size() && lexicon.trigger(TriggerGroup.STATE_BODY, s.token(m.t1).lower);
    }

    /** "blame on both Germany and Austria": names joined to a state by "and", "or" or a comma read the same way. */
    private static void spreadToConjuncts(ArticleSentence s, Mention m, List<Mention> names) {
        for (Mention o : names) {
            if (o.state) {
                continue;
            }
            int gapStart = Math.min(m.t1, o.t1);
            int gapEnd = Math.max(m.t0, o.t0);
            if (gapEnd - gapStart == 1 && conjunction(s.token(gapStart).lower)
                    || gapEnd - gapStart == 2 && s.token(gapStart).lower.equals(",")
                    && conjunction(s.token(gapStart + 1).lower)) {
                o.state = true;
            }
        }
    }

    private static boolean conjunction(String w) {
        return w.equals("and") || w.equals("or") || w.equals(",");
    }

    /** Whether the noun phrase can end at token i: the end, punctuation or a function word follows. */
    private static boolean endsNounPhrase(ArticleSentence s, int i) {
        return i >= s.size() || !s.token(i).isWord() || WordClasses.FUNCTION.contains(s.token(i).lower)
                || s.token(i).lower.equals("'s");
    }

    private static int skip(ArticleSentence s, int i, Set<String> words) {
        while (i < s.size() && words.contains(s.token(i).lower)) {
            i++;
        }
        return i;
    }

    private static int skipBack(ArticleSentence s, int i, Set<String> words) {
        while (i >= 0 && words.contains(s.token(i).lower)) {
            i--;
        }
        return i;
    }
}
