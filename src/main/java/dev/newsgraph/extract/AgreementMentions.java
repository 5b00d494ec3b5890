package dev.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.newsgraph.extract.Lexicon.How;

/**
 * Stage: agreement mentions beyond the gazetteer and capitalised names: lower-case agreement phrases ("free
 * trade agreement", "submarine contract"), things agreed to be established ("establish military-to-military
 * channels"), and references back ("the pact", "the 2015 accord").
 */
final class AgreementMentions {

    private static final Set<String> RESTORE = Set.of("restore", "restoring", "re-establish", "reestablish", "resume",
            "normalise", "normalize", "normalising", "normalizing");
    static final Set<String> ESTABLISH = Set.of("establish", "establishing", "established", "create", "creating",
            "launch", "launching", "build", "open", "reopen", "restore", "restoring", "resume", "resuming", "set");
    /** Heads that name an agreement of their own when nothing was named before: "a ceasefire", "the truce". */
    static final Set<String> SELF_STANDING = Set.of("ceasefire", "truce", "armistice", "hotline");
    private static final Set<String> DEFINITE_MODIFIERS = Set.of("first", "new", "landmark", "same", "regional", "historic");
    private static final Set<String> TRADED_AFTER = Set.of("under", "in", "that", "to", "for", "on");

    /** The phrase before an agreement head: where it starts, and where its content words start (-1: none). */
    private record Modifiers(int start, int contentStart) {
    }

    private final ArticleDocument doc;
    private final Lexicon lex;
    private final AgreementReferences references;

    AgreementMentions(ArticleDocument doc) {
        this.doc = doc;
        this.lex = doc.lexicon;
        this.references = new AgreementReferences(doc);
    }

    void find(ArticleSentence s) {
        List<Token> ts = s.tokens;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.kind != Token.WORD || s.covered(i)) {
                continue;
            }
            if (WordClasses.LOWER_AGREEMENT_HEADS.contains(t.text) || s.headline && t.cap() && i > 0
                    && SELF_STANDING.contains(t.lower) && !s.covered(i - 1)) {
                agreementPhrase(s, i);
            } else if ((RESTORE.contains(t.lower) || reEstablish(ts, i)) && restoredTies(s, i)) {
                continue;
            } else if (ESTABLISH.contains(t.lower)) {
                established(s, i);
            }
        }
    }

    /** The agreement phrase ending in the head noun at token head. */
    private void agreementPhrase(ArticleSentence s, int head) {
        Modifiers mods = modifiers(s, head);
        int start = mods.start();
        int contentStart = hyphenCompound(s, mods.contentStart(), head);
        if (appositionToNamed(s, start, contentStart, head)) {
            return;
        }
        String headWord = s.token(head).text;
        if (contentStart >= 0 && definite(s, start) && !withParties(s, head)) {
            // "the Asia-Pacific trade pact" after "the CPTPP": a description of the agreement already named
            Entity named = references.recentNamed(s, start);
            if (named != null) {
                s.addReference(start, head + 1, named, 0.8);
                return;
            }
        }
        if (contentStart < 0 && SELF_STANDING.contains(s.token(head).lower) && references.recent(s, head, headWord) == null) {
            contentStart = head; // "a ceasefire", "the truce" with nothing named before: an agreement of its own
        }
        if (contentStart >= 0) {
            descriptive(s, contentStart, head);
        } else if (!namedAfterWhatIsTraded(s, start, head)) {
            // otherwise a reference back to an agreement already named (or, for "a treaty", named later on)
            Entity ref = references.recent(s, head, headWord);
            if (ref == null) {
                ref = references.later(s, head, headWord);
            }
            if (ref != null) {
                s.addReference(start, head + 1, ref, 0.8);
            }
        }
    }

    /** Modifiers before the head: lower-case content words, hyphen compounds, years, "status of", capitalised words. */
    private Modifiers modifiers(ArticleSentence s, int head) {
        List<Token> ts = s.tokens;
        int j = head;
        int contentStart = -1;
        int start = head;
        int words = 0;
        while (j - 1 >= 0 && words < 4) {
            Token p = ts.get(j - 1);
            if (p.text.equals("-") && !p.spaceBefore && j - 2 >= 0) {
                j -= 2;
                continue;
            }
            boolean content;
            if (p.kind == Token.NUM && p.text.length() == 4) {
                content = false;
            } else if (p.is("of") && j - 2 >= 0 && ts.get(j - 2).is("status") && words > 0) {
                j--; // "status of forces agreement": two words, one modifier
                content = true;
            } else if (p.kind != Token.WORD || p.text.equals("'s") || coveringActor(s, j - 1) != null) {
                break;
            } else if (s.headline && p.cap()) {
                // headlines capitalise everything: only generic words and "90-Day" compounds describe the deal
                boolean numCompound = j - 3 >= 0 && ts.get(j - 2).text.equals("-") && ts.get(j - 3).kind == Token.NUM;
                if (!numCompound && !WordClasses.GENERIC_AGREEMENT_WORDS.contains(p.lower)) {
                    break;
                }
                content = true;
            } else if (p.cap() && !lex.common.contains(p.lower)) {
                content = true;
            } else if (lex.common.contains(p.lower) || WordClasses.SPEECH.contains(p.lower) || p.lower.endsWith("ed")
                    && !p.lower.contains("-") || p.lower.endsWith("ing") && !p.lower.contains("-") || p.cap()) {
                break;
            } else {
                content = !WordClasses.NON_CONTENT_MODS.contains(p.lower);
            }
            j--;
            start = j;
            if (content) {
                contentStart = j;
            }
            words++;
        }
        return new Modifiers(start, contentStart);
    }

    /** Hyphen compounds are one modifier: "multibillion-dollar submarine contract" -> "submarine contract". */
    private static int hyphenCompound(ArticleSentence s, int contentStart, int head) {
        List<Token> ts = s.tokens;
        if (contentStart > 1 && ts.get(contentStart - 1).text.equals("-") && !ts.get(contentStart - 1).spaceBefore
                && !ts.get(contentStart).spaceBefore) {
            int cs = contentStart - 2;
            String compound = s.span(cs, contentStart + 1).toLowerCase(Locale.ROOT);
            if (WordClasses.NON_CONTENT_MODS.contains(compound)) {
                return contentStart + 1 < head ? contentStart + 1 : -1;
            }
            return cs;
        }
        return contentStart;
    }

    /** An apposition to a named agreement is another name for it: "RCEP, the world's largest free trade agreement". */
    private static boolean appositionToNamed(ArticleSentence s, int start, int contentStart, int head) {
        List<Token> ts = s.tokens;
        for (Mention m : s.mentions) {
            boolean comma = false;
            for (int k = m.t1; k < start && k < ts.size(); k++) {
                comma |= ts.get(k).text.equals(",");
            }
            if (m.entity.type == EntityType.AGREEMENT && m.t1 <= start && start - m.t1 <= 6 && comma && !m.entity.descriptive) {
                Mention r = s.addMention(contentStart >= 0 ? contentStart : start, head + 1, m.entity, How.ALIAS, false);
                r.ref = contentStart < 0;
                return true;
            }
        }
        return false;
    }

    /** "the (Asia-Pacific) trade pact", "the new ... deal": definite, so possibly a description of a named one. */
    private static boolean definite(ArticleSentence s, int start) {
        List<Token> ts = s.tokens;
        int det = start;
        for (Mention m : s.mentions) {
            if (m.t1 == start && m.entity.type != EntityType.AGREEMENT && m.entity.type != EntityType.PERSON) {
                det = m.t0; // "the Asia-Pacific trade pact"
            }
        }
        return det > 0 && (ts.get(det - 1).is("the") || ts.get(det - 1).is("this"))
                || start > 1 && ts.get(start - 1).isWord() && ts.get(start - 2).is("the")
                && DEFINITE_MODIFIERS.contains(ts.get(start - 1).lower);
    }

    private static boolean withParties(ArticleSentence s, int head) {
        return head + 1 < s.size() && (s.token(head + 1).is("with") || s.token(head + 1).is("between"));
    }

    /** The noun phrase from the first content word, "submarine contract": the same phrase is the same agreement. */
    private void descriptive(ArticleSentence s, int contentStart, int head) {
        String np = s.span(contentStart, head + 1);
        if (s.headline) {
            np = np.toLowerCase(Locale.ROOT);
        }
        String headWord = s.token(head).text;
        Entity e = null;
        for (Entity x : doc.entities.all()) {
            if (x.type == EntityType.AGREEMENT && x.np != null && x.head != null && x.head.equals(headWord)
                    && (x.np.endsWith(np) || np.endsWith(x.np))) {
                e = x;
                break;
            }
        }
        if (e == null) {
            e = describedAgreement(np, headWord);
        }
        s.addMention(contentStart, head + 1, e, How.NAME, false);
    }

    private Entity describedAgreement(String np, String head) {
        Entity e = doc.entities.agreement(np, head);
        e.np = np;
        e.descriptive = true;
        return e;
    }

    /** "a deal under which Hungary will acquire ... Gripen fighter jets": named after what is traded. */
    private boolean namedAfterWhatIsTraded(ArticleSentence s, int start, int head) {
        List<Token> ts = s.tokens;
        if (head + 1 >= ts.size() || !TRADED_AFTER.contains(ts.get(head + 1).lower)) {
            return false;
        }
        for (int k = head + 2; k < Math.min(ts.size(), head + 14); k++) {
            Token u = ts.get(k);
            if (u.text.equals(".") || u.text.equals(";")) {
                break;
            }
            if (u.cap() && !s.covered(k) && !lex.common.contains(u.lower)) {
                int e = k + 1;
                while (e < ts.size() && ts.get(e).cap() && !s.covered(e)) {
                    e++;
                }
                String name = s.span(k, e) + " " + ts.get(head).text;
                Mention m = s.addMention(start, head + 1, describedAgreement(name, ts.get(head).text), How.NAME, false);
                m.surface = name;
                return true;
            }
        }
        return false;
    }

    private static Mention coveringActor(ArticleSentence s, int t) {
        for (Mention m : s.mentions) {
            if (m.t0 <= t && t < m.t1 && m.entity.type != EntityType.AGREEMENT) {
                return m;
            }
        }
        return null;
    }

    /**
     * "agreed to restore diplomatic relations", "a deal to re-establish diplomatic ties": the restoration of ties is
     * what was agreed, an agreement of its own (named after its parties later).
     */
    private boolean restoredTies(ArticleSentence s, int v) {
        List<Token> ts = s.tokens;
        int i = reEstablish(ts, v) ? v + 3 : v + 1;
        if (i < ts.size() && (ts.get(i).is("full") || ts.get(i).is("formal"))) {
            i++;
        }
        if (i + 1 >= ts.size() || !ts.get(i).is("diplomatic") || !ts.get(i + 1).is("relations") && !ts.get(i + 1).is("ties")) {
            return false;
        }
        boolean agreed = false;
        for (int k = Math.max(0, v - 4); k < v; k++) {
            String w = ts.get(k).lower;
            agreed |= w.startsWith("agree") || w.equals("deal") || w.equals("accord") || w.equals("pact");
        }
        if (agreed) {
            // one name whatever the verb and noun ("re-establish ties", "restore relations"): the same deal
            String name = "agreement to restore diplomatic relations";
            s.addMention(v, i + 2, describedAgreement(name, "agreement"), How.NAME, false);
        }
        return agreed;
    }

    /** "re-establish", which the tokenizer splits in three. */
    private static boolean reEstablish(List<Token> ts, int i) {
        return i + 2 < ts.size() && ts.get(i).is("re") && ts.get(i + 1).text.equals("-") && ts.get(i + 2).is("establish");
    }

    /** "establish military-to-military channels", "set up a hotline": a channel agreed between the parties. */
    private void established(ArticleSentence s, int v) {
        List<Token> ts = s.tokens;
        int i = v + 1;
        if (ts.get(v).lower.equals("set")) {
            if (i >= ts.size() || !ts.get(i).is("up")) {
                return;
            }
            i++;
        }
        while (i < ts.size() && (ts.get(i).is("a") || ts.get(i).is("an") || ts.get(i).is("the") || ts.get(i).is("new"))) {
            i++;
        }
        int start = i;
        int words = 0;
        for (int k = i; k < ts.size() && words < 6; k++) {
            Token t = ts.get(k);
            if (t.text.equals("-") && !t.spaceBefore) {
                continue;
            }
            if (t.kind != Token.WORD || t.cap()) {
                return;
            }
            boolean inCompound = k > 0 && ts.get(k - 1).text.equals("-") && !t.spaceBefore;
            if (!inCompound && lex.common.contains(t.lower) && k > start) {
                return;
            }
            words++;
            if (WordClasses.CHANNEL_HEADS.contains(t.lower) && k > start) {
                Entity e = null;
                for (Entity x : doc.entities.all()) {
                    if (x.type == EntityType.AGREEMENT && "channel".equals(x.head)) {
                        e = x;
                        break;
                    }
                }
                if (e == null) {
                    e = describedAgreement(s.span(start, k + 1), "channel");
                }
                s.addMention(start, k + 1, e, How.NAME, false);
                return;
            }
        }
    }
}
