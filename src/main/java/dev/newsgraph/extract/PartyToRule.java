package dev.newsgraph.extract;

import static dev.newsgraph.extract.TriggerGroup.CAUSATIVE;
import static dev.newsgraph.extract.TriggerGroup.MEMBER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PARTY_TO from actors to agreements, with a status (signed, agreed, negotiating, proposed, withdrawn) from
 * the nearest cue word: the agreement's subject or causee ("urged the bloc to finalize"), "with X" / "between X
 * and Y" after it, actors inside it ("US-China trade deal"), "by X" in the passive, an agreement's members
 * ("The CPTPP's 11 existing members include Japan, Canada") and "took effect for X, Y".
 */
final class PartyToRule {

    /** The status cue nearest to an agreement, and where it is (-1: none). */
    private record Cue(String status, int at) {
    }

    void apply(SentenceActors a) {
        List<Token> ts = a.ts;
        a.forEachWord((w, i) -> {
            boolean afterTake = i > 0 && (ts.get(i - 1).lower.startsWith("took") || ts.get(i - 1).lower.startsWith("take")
                    || ts.get(i - 1).is("into"));
            if (a.trigger(MEMBER, w) && MemberOfRule.memberOrganization(a, i) == null) {
                agreementMembers(a, i);
            } else if ((w.equals("effect") || w.equals("force")) && afterTake) {
                tookEffect(a, i); // "took effect", "entered into force"
            }
        });
        for (Mention m : a.sentence.mentions) {
            if (m.entity.type == EntityType.AGREEMENT && !m.inner) {
                agreement(a, m);
            }
        }
        partiesListedAfter(a);
    }

    /** Words that say the sentence lists the countries the one before spoke of: "The countries are ...". */
    private static final java.util.Set<String> LISTED_KINDS = java.util.Set.of("countries", "nations", "states",
            "signatories", "members");

    /**
     * "Five more countries signed the free trade agreement. The countries are South Africa, Lesotho and Namibia.":
     * the countries listed are parties to the agreement the sentence before says countries signed (or joined,
     * ratified), with that status.
     */
    private static void partiesListedAfter(SentenceActors a) {
        List<Token> ts = a.ts;
        if (ts.size() < 4 || a.sentence.index == 0 || !(ts.get(0).is("the") || ts.get(0).is("these"))) {
            return;
        }
        int i = ts.get(1).kind == Token.WORD && LISTED_KINDS.contains(ts.get(1).lower) ? 1 : 2;
        if (!LISTED_KINDS.contains(ts.get(i).lower) || !(ts.get(i + 1).is("are") || ts.get(i + 1).is("were")
                || ts.get(i + 1).is("include"))) {
            return;
        }
        Mention first = a.after(i + 2, 2, EntityType.COUNTRY);
        ArticleSentence before = a.doc.sentences.get(a.sentence.index - 1);
        Cue cue = null;
        Mention agreement = null;
        for (Mention m : before.mentions) {
            if (m.entity.type == EntityType.AGREEMENT && !m.inner) {
                agreement = m;
            }
        }
        Entity named = agreement == null ? null : namedAgreement(a, agreement.entity, a.sentence.index - 1);
        for (int k = 0; named != null && k < agreement.t0; k++) {
            String status = a.agreementStatus(before.token(k).lower);
            boolean countriesBefore = k > 0 && LISTED_KINDS.contains(before.token(k - 1).lower);
            if (status != null && countriesBefore) {
                cue = new Cue(status, k);
            }
        }
        if (first == null || cue == null) {
            return;
        }
        for (Mention c : a.coordinated(first)) {
            a.add(RelationType.PARTY_TO, c.entity, named, Map.of("status", cue.status()),
                    SentenceActors.conf(0.6, c, agreement));
        }
    }

    private static java.util.Set<String> words(Entity e) {
        return java.util.Set.of(e.name.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
    }

    /**
     * The agreement by its name: itself when named; for a description ("the free trade agreement"), the agreement
     * mentioned in the line before with a longer name that holds all its words ("African Continental Free Trade
     * Area agreement"); else null, since a description alone does not say which agreement the countries signed.
     */
    private static Entity namedAgreement(SentenceActors a, Entity agreement, int sentence) {
        if (!agreement.descriptive) {
            return agreement;
        }
        if (sentence == 0) {
            return null;
        }
        java.util.Set<String> words = words(agreement);
        for (Mention m : a.doc.sentences.get(sentence - 1).mentions) {
            // a headline's agreement is a description too, but a longer one: "Continental Free Trade Area agreement"
            java.util.Set<String> theirs = words(m.entity);
            if (m.entity.type == EntityType.AGREEMENT && theirs.size() > words.size() && theirs.containsAll(words)) {
                return m.entity;
            }
        }
        return null;
    }

    /** "The CPTPP's members" at token i: the agreement before, or null. */
    static Mention agreementWithMembers(SentenceActors a, int i) {
        for (Mention m : a.sentence.mentions) {
            if (m.entity.type == EntityType.AGREEMENT && m.t1 < i && i - m.t1 <= 4 && a.ts.get(m.t1).text.equals("'s")) {
                return m;
            }
        }
        return null;
    }

    /** "The CPTPP's 11 existing members include Japan, Canada ...". */
    private static void agreementMembers(SentenceActors a, int i) {
        Mention ag = agreementWithMembers(a, i);
        if (ag == null) {
            return;
        }
        List<Token> ts = a.ts;
        int j = i + 1;
        if (j < ts.size() && (ts.get(j).is("include") || ts.get(j).is("including") || ts.get(j).is("are")
                || ts.get(j).text.equals(","))) {
            j++;
        }
        Mention first = a.after(j, 1, EntityType.COUNTRY);
        if (first != null) {
            for (Mention c : a.coordinated(first)) {
                a.add(RelationType.PARTY_TO, c.entity, ag.entity, Map.of("status", "signed"), SentenceActors.conf(0.7, c, ag));
            }
        }
    }

    /** "The agreement took effect for Brunei, Cambodia ... and for China, Japan": parties to an agreement in force. */
    private static void tookEffect(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        Mention ag = null;
        for (Mention m : a.sentence.mentions) {
            if (m.entity.type == EntityType.AGREEMENT && m.t1 <= i && i - m.t1 <= 4) {
                ag = m;
            }
        }
        if (ag == null) {
            return;
        }
        for (int k = i + 1; k < ts.size(); k++) {
            if (ts.get(k).is("for")) {
                Mention first = null;
                for (Mention m : a.actors) {
                    if (m.t0 > k && m.t0 - k <= 6 && m.entity.type == EntityType.COUNTRY) {
                        first = m;
                        break;
                    }
                }
                if (first != null) {
                    for (Mention c : a.coordinated(first)) {
                        a.add(RelationType.PARTY_TO, c.entity, ag.entity, Map.of("status", "signed"), SentenceActors.conf(0.7, c, ag));
                    }
                }
            }
            if (ts.get(k).text.equals(".") || ts.get(k).text.equals(";")) {
                break;
            }
        }
    }

    /** The parties of one agreement mention, when a status cue is near it. */
    private static void agreement(SentenceActors a, Mention ag) {
        Cue cue = nearestCue(a, ag);
        if (cue.status() == null || cue.status().equals("rejected")) {
            return;
        }
        List<Mention> parties = new ArrayList<>();
        parties.addAll(withOrBetween(a, ag));
        // actors inside or directly before the phrase: "US-China trade deal"
        for (Mention m : a.actors) {
            if (m.t0 >= ag.t0 - 3 && m.t1 <= ag.t0 && onlyHyphensOrAnd(a.ts, m.t1, ag.t0)) {
                parties.add(m);
            }
        }
        if (cue.at() >= 0 && cue.at() < ag.t1) {
            parties.addAll(subjects(a, Math.min(cue.at(), ag.t0)));
        } else if (cue.at() >= ag.t1) {
            // "X and Y agreed to activate the security agreement signed in 2001": the participle after it says the
            // status, the verb before it who the parties are
            int before = cueBefore(a, ag);
            if (before >= 0) {
                parties.addAll(subjects(a, before));
            }
        }
        if (cue.at() >= 0) {
            parties.addAll(passiveAgents(a, Math.max(cue.at(), ag.t1)));
        }
        for (Mention p : parties) {
            Entity e = a.asActor(p);
            a.add(RelationType.PARTY_TO, e, ag.entity, Map.of("status", cue.status()), SentenceActors.conf(0.75, p, ag));
            if (e.type == EntityType.PERSON) {
                Entity c = a.affiliationCountry(e);
                if (c != null) {
                    a.add(RelationType.PARTY_TO, c, ag.entity, Map.of("status", cue.status()), SentenceActors.conf(0.6, p, ag));
                }
            }
        }
    }

    /** The status word nearest to the agreement, preferring words before it; none across a clause boundary. */
    private static Cue nearestCue(SentenceActors a, Mention ag) {
        List<Token> ts = a.ts;
        String found = null;
        int cue = -1;
        int bestDist = Integer.MAX_VALUE;
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            String st = a.agreementStatus(t.lower);
            if (st == null || t.quoted && !ag.sentence.token(ag.t0).quoted) {
                continue;
            }
            int d;
            if (k >= ag.t0 && k < ag.t1) {
                d = 0;
            } else if (k < ag.t0) {
                d = ag.t0 - k;
                if (d > 12 || a.crossesClause(k, ag.t0)) {
                    continue;
                }
            } else {
                d = (k - ag.t1) * 2 + 1;
                if (k - ag.t1 > 5 || a.crossesClause(ag.t1, k)) {
                    continue;
                }
            }
            if (d < bestDist) {
                bestDist = d;
                found = st;
                cue = k;
            }
        }
        return new Cue(found, cue);
    }

    /** The status word nearest before the agreement in its clause, or -1. */
    private static int cueBefore(SentenceActors a, Mention ag) {
        for (int k = ag.t0 - 1; k >= Math.max(0, ag.t0 - 12); k--) {
            if (a.agreementStatus(a.ts.get(k).lower) != null && !a.crossesClause(k, ag.t0)) {
                return k;
            }
        }
        return -1;
    }

    /** "with X", "between X and Y" right after the agreement; "concluded in 2015 between Iran and six world powers - ...". */
    private static List<Mention> withOrBetween(SentenceActors a, Mention ag) {
        List<Token> ts = a.ts;
        List<Mention> parties = new ArrayList<>();
        int j = ag.t1;
        if (j < ts.size() && (ts.get(j).is("with") || ts.get(j).is("between"))) {
            Mention p = a.after(j + 1, 2);
            if (p != null) {
                parties.addAll(a.coordinated(p));
            }
        }
        for (int k = ag.t1; k < Math.min(ts.size(), ag.t1 + 8); k++) {
            if (!ts.get(k).is("between")) {
                continue;
            }
            Mention first = a.after(k + 1, 2);
            if (first != null) {
                List<Mention> left = a.coordinated(first);
                parties.addAll(left);
                Mention lastM = left.get(left.size() - 1);
                for (int q = lastM.t1; q < Math.min(ts.size(), lastM.t1 + 2); q++) {
                    if (ts.get(q).is("and")) {
                        Mention b = firstActorAfterAnd(a, q);
                        if (b != null) {
                            parties.addAll(a.coordinated(b));
                        }
                    }
                }
            }
            break;
        }
        return parties;
    }

    private static Mention firstActorAfterAnd(SentenceActors a, int q) {
        for (Mention x : a.actors) {
            if (x.t0 > q && x.t0 - q <= 7 && !a.crossesClause(q, x.t0)) {
                return x;
            }
        }
        return null;
    }

    /** Who does what the verb at {@code verb} says: the causee ("urged the bloc to finalize"), else the subject(s). */
    private static List<Mention> subjects(SentenceActors a, int verb) {
        List<Token> ts = a.ts;
        for (int k = verb - 1; k >= Math.max(0, verb - 8); k--) {
            if (a.trigger(CAUSATIVE, ts.get(k).lower)) {
                Mention c = a.after(k + 1, 3);
                if (c != null && c.t1 <= verb) {
                    return List.of(c);
                }
                break;
            }
        }
        Mention subj = a.before(verb);
        if (subj != null && verb - subj.t1 <= 8 && !a.crossesClause(subj.t1, verb)) {
            return a.coordinatedBefore(subj);
        }
        return List.of();
    }

    /** "was unveiled ... by X, Y and Z". */
    private static List<Mention> passiveAgents(SentenceActors a, int from) {
        List<Token> ts = a.ts;
        for (int k = from; k < Math.min(ts.size(), from + 12); k++) {
            if (ts.get(k).is("by") && k > 0) {
                Mention p = a.after(k + 1, 5);
                return p != null ? a.coordinated(p) : List.of();
            }
        }
        return List.of();
    }

    private static boolean onlyHyphensOrAnd(List<Token> ts, int a, int b) {
        for (int k = a; k < b; k++) {
            String x = ts.get(k).text;
            if (!x.equals("-") && !x.equals("and") && !x.equals("'s")) {
                return false;
            }
        }
        return true;
    }
}
