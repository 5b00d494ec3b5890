package dev.newsgraph.extract;

import static dev.newsgraph.extract.TriggerGroup.CALL_VERB;
import static dev.newsgraph.extract.TriggerGroup.CRITICIZE;
import static dev.newsgraph.extract.TriggerGroup.CRITICIZE_THAT;
import static dev.newsgraph.extract.TriggerGroup.CRITICIZE_TO;
import static dev.newsgraph.extract.TriggerGroup.NEGATIVE;
import static dev.newsgraph.extract.TriggerGroup.REACT;
import static dev.newsgraph.extract.TriggerGroup.REACT_ADVERB;
import static dev.newsgraph.extract.TriggerGroup.RECALL;
import static dev.newsgraph.extract.TriggerGroup.SANCTION;

import java.util.List;

/**
 * CRITICIZED from an actor to an actor or agreement: "A criticized / condemned / accused B", "complained that
 * B ...", "objected to", "called B a disaster", "reacted sharply to B", "to protest B", "recalled its
 * ambassador to B", "sanctions on B", and "B, which A has accused of ...".
 */
final class CriticizedRule {

    void apply(SentenceActors a) {
        List<Token> ts = a.ts;
        a.forEachWord((w, i) -> {
            boolean afterTo = i > 0 && ts.get(i - 1).is("to");
            if (a.trigger(CRITICIZE, w) || afterTo && w.equals("protest")) {
                criticized(a, i);
            } else if (a.trigger(SANCTION, w) && i + 1 < ts.size() && (ts.get(i + 1).is("on") || ts.get(i + 1).is("against"))) {
                // "agreed to impose sanctions on Russia": the one who imposes them, against the one they target
                emit(a, i, targetAfter(a, i + 2, i + 2, 2), 0.7);
            } else if (a.trigger(RECALL, w)) {
                recalledAmbassador(a, i);
            } else if (a.trigger(CALL_VERB, w) && !(i > 0 && ts.get(i - 1).text.equals("-"))) {
                calledNegative(a, i);
            } else if (a.trigger(REACT, w) && i + 2 < ts.size() && a.trigger(REACT_ADVERB, ts.get(i + 1).lower)
                    && ts.get(i + 2).is("to")) {
                reactedAngrily(a, i);
            }
        });
    }

    private static void criticized(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        String w = ts.get(i).lower;
        int j = i + 1;
        if (a.trigger(CRITICIZE_THAT, w)) {
            // "complained that X ...": the target follows "that"
            int k = j;
            while (k < Math.min(ts.size(), j + 4) && !ts.get(k).is("that") && !ts.get(k).is("about")) {
                k++;
            }
            if (k >= Math.min(ts.size(), j + 4)) {
                return;
            }
            j = k + 1;
        }
        if (a.trigger(CRITICIZE_TO, w) && j < ts.size()) {
            // "objected (angrily) to ... in the Swedish capital": target within the phrase
            Mention tgt = null;
            for (Mention m : a.actors) {
                if (m.t0 >= j && m.t0 - j <= 10 && !a.crossesClause(j, m.t0)) {
                    tgt = m;
                    break;
                }
            }
            emit(a, i, tgt, 0.6);
            return;
        }
        Mention tgt = targetAfter(a, j, j, 4);
        if (tgt == null) {
            relativeClause(a, i);
            return;
        }
        emit(a, i, tgt, w.startsWith("label") || w.startsWith("brand") ? 0.65 : 0.8);
    }

    /** The first actor or agreement starting from token {@code from}, within {@code gap} tokens of {@code j}, same clause. */
    private static Mention targetAfter(SentenceActors a, int from, int j, int gap) {
        for (Mention m : a.sentence.mentions) {
            if (m.inner || m.t0 < from) {
                continue;
            }
            if (m.t0 - j > gap || a.crossesClause(j, m.t0)) {
                return null;
            }
            if (SentenceActors.actorOrAgreement(m)) {
                return m;
            }
        }
        return null;
    }

    /** "the World Health Organization (WHO), which he has accused of mishandling ...". */
    private static void relativeClause(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        int k = i - 1;
        while (k >= 0 && (ts.get(k).is("has") || ts.get(k).is("had") || ts.get(k).is("have") || ts.get(k).is("also")
                || ts.get(k).is("repeatedly") || ts.get(k).is("long"))) {
            k--;
        }
        Mention subj = null;
        for (Mention m : a.sentence.mentions) {
            if (m.t1 == k + 1 && (m.isActor() || m.entity.type == EntityType.PERSON)) {
                subj = m;
            }
        }
        if (subj == null || subj.t0 < 2 || !(ts.get(subj.t0 - 1).is("which") || ts.get(subj.t0 - 1).is("whom"))) {
            return;
        }
        int c = subj.t0 - 2;
        if (c >= 0 && ts.get(c).text.equals(",")) {
            c--;
        }
        boolean paren = c >= 2 && ts.get(c).text.equals(")") && ts.get(c - 2).text.equals("(");
        Mention rel = null;
        for (Mention m : a.sentence.mentions) {
            if (!m.inner && (m.t1 == c + 1 || paren && m.t1 == c - 2) && SentenceActors.actorOrAgreement(m)) {
                rel = m; // "the World Health Organization (WHO), which ..."
            }
        }
        if (rel != null && rel.entity != subj.entity) {
            a.add(RelationType.CRITICIZED, a.asActor(subj), rel.entity, SentenceActors.conf(0.7, subj, rel));
        }
    }

    /** From the actor before the trigger (or who summoned them, or all coordinated with "and") to the target(s). */
    private static void emit(SentenceActors a, int i, Mention tgt, double base) {
        if (tgt == null) {
            return;
        }
        List<Token> ts = a.ts;
        Mention subj = a.before(i);
        if (subj == null || i - subj.t1 > 12 || a.crossesClause(subj.t1, i)) {
            return;
        }
        // "Kim summoned Russian Ambassador Zinoviev to protest the treaty": the summoner protests
        for (int k = subj.t0 - 1; k >= Math.max(0, subj.t0 - 3); k--) {
            if (ts.get(k).lower.startsWith("summon")) {
                Mention x = a.before(k);
                if (x != null && k - x.t1 <= 2) {
                    subj = x;
                }
                break;
            }
        }
        // "The United States and South Korea have accused": coordinated subjects joined by "and"
        int b = subj.t0 - 1;
        if (b >= 0 && ts.get(b).is("the")) {
            b--;
        }
        List<Mention> subjects = b >= 0 && ts.get(b).is("and") ? a.coordinatedBefore(subj) : List.of(subj);
        List<Mention> tgts = tgt.isActor() ? a.coordinated(tgt) : List.of(tgt);
        for (Mention sm : subjects) {
            Entity src = a.asActor(sm);
            for (Mention t : tgts) {
                if (t.entity != src) {
                    a.add(RelationType.CRITICIZED, src, t.entity, SentenceActors.conf(base, sm, t));
                }
            }
        }
    }

    /** "Trump called the JCPOA a horrible, one-sided deal", "described the pact as unfair". */
    private static void calledNegative(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        Mention tgt = targetAfter(a, i + 1, i, 4);
        if (tgt == null) {
            return;
        }
        boolean neg = false;
        for (int k = tgt.t1; k < Math.min(ts.size(), tgt.t1 + 7) && !neg; k++) {
            Token t = ts.get(k);
            if (t.text.equals(".") || t.text.equals(";") || t.is("but") || t.is("and") && k > tgt.t1 + 2) {
                break;
            }
            neg = a.trigger(NEGATIVE, t.lower);
        }
        if (neg) {
            emit(a, i, tgt, 0.7);
        }
    }

    /** "Seoul reacted sharply to the pact". */
    private static void reactedAngrily(SentenceActors a, int i) {
        Mention tgt = null;
        for (Mention m : a.sentence.mentions) {
            if (!m.inner && m.t0 >= i + 3 && m.t0 - (i + 3) <= 3 && !a.crossesClause(i, m.t0) && SentenceActors.actorOrAgreement(m)) {
                tgt = m;
                break;
            }
        }
        emit(a, i, tgt, 0.65);
    }

    /** "France recalled its ambassadors to the United States and Australia": a diplomatic protest. */
    private static void recalledAmbassador(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        int k = i + 1;
        if (k < ts.size() && (ts.get(k).is("its") || ts.get(k).is("their"))) {
            k++;
        }
        if (k >= ts.size() || !(ts.get(k).lower.startsWith("ambassador") || ts.get(k).lower.startsWith("envoy"))) {
            return;
        }
        k++;
        if (k >= ts.size() || !(ts.get(k).is("to") || ts.get(k).is("from"))) {
            return;
        }
        Mention tgt = a.after(k + 1, 1, EntityType.COUNTRY);
        Mention subj = a.before(i, EntityType.COUNTRY);
        if (tgt == null || subj == null || i - subj.t1 > 3) {
            return;
        }
        for (Mention t : a.coordinated(tgt)) {
            a.add(RelationType.CRITICIZED, subj.entity, t.entity, SentenceActors.conf(0.6, subj, t));
        }
    }
}
