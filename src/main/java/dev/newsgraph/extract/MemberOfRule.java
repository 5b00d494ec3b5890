package dev.newsgraph.extract;

import static dev.newsgraph.extract.TriggerGroup.ACCESSION_DONE;
import static dev.newsgraph.extract.TriggerGroup.BELONG;
import static dev.newsgraph.extract.TriggerGroup.INCLUDE;
import static dev.newsgraph.extract.TriggerGroup.JOIN;
import static dev.newsgraph.extract.TriggerGroup.MEMBER;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MEMBER_OF from countries to blocs and alliances: "X joined NATO", "member of", "NATO member Poland",
 * "Sweden became the 32nd member", "belongs to", "completed its accession", and "the G7 - the United States,
 * Japan, ... -" (a bloc followed by the list of its members).
 */
final class MemberOfRule {

    void apply(SentenceActors a) {
        List<Token> ts = a.ts;
        a.forEachWord((w, i) -> {
            if (a.trigger(JOIN, w)) {
                joined(a, i);
            } else if (a.trigger(MEMBER, w)) {
                members(a, i);
            } else if (a.trigger(BELONG, w) && i + 1 < ts.size() && ts.get(i + 1).is("to")) {
                belong(a, i);
            } else if (w.equals("accession") && i > 0) {
                accession(a, i);
            }
        });
        blocWithMemberList(a);
        blocThatIncludes(a);
    }

    private static void joined(SentenceActors a, int i) {
        if (i > 0 && a.ts.get(i - 1).is("to")) {
            return; // "applied to join": not (yet) a member
        }
        Mention org = a.after(i + 1, 2, EntityType.ORGANIZATION);
        if (org == null || !SentenceActors.isBloc(org.entity)) {
            return;
        }
        Mention subj = a.before(i, EntityType.COUNTRY);
        if (subj == null || i - subj.t1 > 4) {
            return;
        }
        for (Mention c : a.coordinatedBefore(subj)) {
            a.add(RelationType.MEMBER_OF, c.entity, org.entity, SentenceActors.conf(0.85, c, org));
        }
    }

    /** The organization "member(s)" at token i belongs to: "member of NATO", "NATO's 31st member", "ASEAN members". */
    static Mention memberOrganization(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        Mention of = a.after(i + 1, 2, EntityType.ORGANIZATION);
        if (of != null && i + 1 < ts.size() && ts.get(i + 1).is("of")) {
            return of;
        }
        Mention orgM = null;
        for (Mention m : a.actors) {
            if (m.entity.type == EntityType.ORGANIZATION && m.t1 <= i && i - m.t1 <= 4) {
                boolean ok = true;
                for (int k = m.t1; k < i; k++) {
                    Token t = ts.get(k);
                    ok &= t.text.equals("'s") || t.kind == Token.NUM || t.kind == Token.WORD && !t.cap()
                            && !t.is("and") && !t.is("with") && !t.is("of") || t.text.equals("-");
                }
                if (ok) {
                    orgM = m;
                }
            }
        }
        return orgM;
    }

    private static void members(SentenceActors a, int i) {
        Mention orgM = memberOrganization(a, i);
        if (orgM == null && PartyToRule.agreementWithMembers(a, i) != null) {
            return; // "The CPTPP's 11 existing members": parties to an agreement, not members of a bloc
        }
        Entity org = orgM != null ? orgM.entity : salientBloc(a.doc);
        double base = orgM != null ? 0.8 : 0.5;
        if (org == null || !SentenceActors.isBloc(org)) {
            return;
        }
        List<Mention> countries = listedAfter(a, i, orgM != null);
        if (countries.isEmpty()) {
            Mention subj = subjectBefore(a, orgM != null ? Math.min(orgM.t0, i) : i);
            if (subj != null) {
                countries.add(subj);
            }
        }
        for (Mention c : countries) {
            a.add(RelationType.MEMBER_OF, c.entity, org, SentenceActors.conf(base, c));
        }
    }

    /** The list after: "members, Turkey and Hungary" / "members including X, Y" / "NATO member Poland". */
    private static List<Mention> listedAfter(SentenceActors a, int i, boolean orgKnown) {
        List<Token> ts = a.ts;
        List<Mention> countries = new ArrayList<>();
        int j = i + 1;
        if (j < ts.size() && (ts.get(j).text.equals(",") || ts.get(j).is("including") || ts.get(j).is("include")
                || ts.get(j).is("such") || ts.get(j).is("like") || ts.get(j).is("states") || ts.get(j).is("countries"))) {
            j++;
            if (j < ts.size() && (ts.get(j).is("as") || ts.get(j).is("including") || ts.get(j).text.equals(","))) {
                j++;
            }
        }
        Mention first = a.after(j, 1, EntityType.COUNTRY);
        if (first != null && orgKnown || first != null && j > i + 1) {
            countries.addAll(a.coordinated(first));
        }
        return countries;
    }

    /** The subject before: "Sweden became the 32nd member of NATO", "making Ankara the last of the alliance's members". */
    private static Mention subjectBefore(SentenceActors a, int from) {
        Mention subj = a.before(from, EntityType.COUNTRY);
        if (subj == null || from - subj.t1 > 8 || a.crossesClause(subj.t1, from)) {
            return null;
        }
        boolean linked = false;
        for (int k = subj.t1; k < from; k++) {
            String x = a.ts.get(k).lower;
            if (x.equals("by") || x.equals("with") || x.equals("from") || x.equals("for")) {
                return null; // "China was represented by a member of ...": someone else is the member
            }
            if (x.equals("became") || x.equals("becomes") || x.equals("become") || x.equals("is") || x.equals("was")
                    || x.equals("as") || x.equals("making") || x.equals("remains") || x.equals("are") || x.equals("be")
                    || x.equals("the") || x.equals(",")) {
                linked = true;
            }
        }
        return linked ? subj : null;
    }

    private static void belong(SentenceActors a, int i) {
        Mention org = a.after(i + 2, 2, EntityType.ORGANIZATION);
        Mention subj = a.before(i, EntityType.COUNTRY);
        if (org == null || subj == null || !SentenceActors.isBloc(org.entity) || i - subj.t1 > 5) {
            return;
        }
        for (Mention c : a.coordinatedBefore(subj)) {
            a.add(RelationType.MEMBER_OF, c.entity, org.entity, SentenceActors.conf(0.75, c, org));
        }
    }

    /** "Finland completed its own accession": a member of the bloc the article is about. */
    private static void accession(SentenceActors a, int i) {
        boolean done = false;
        for (int k = Math.max(0, i - 4); k < i; k++) {
            done |= a.trigger(ACCESSION_DONE, a.ts.get(k).lower);
        }
        if (!done) {
            return;
        }
        Mention subj = a.before(i, EntityType.COUNTRY);
        Entity org = salientBloc(a.doc);
        if (subj != null && org != null && i - subj.t1 <= 5) {
            a.add(RelationType.MEMBER_OF, subj.entity, org, SentenceActors.conf(0.6, subj));
        }
    }

    /** The bloc mentioned most often in the article (at least twice). */
    private static Entity salientBloc(ArticleDocument doc) {
        Entity best = null;
        int bestCount = 0;
        Map<Entity, Integer> counts = new HashMap<>();
        for (ArticleSentence x : doc.sentences) {
            for (Mention m : x.mentions) {
                if (m.entity.type == EntityType.ORGANIZATION && SentenceActors.isBloc(m.entity)) {
                    int c = counts.merge(m.entity, 1, Integer::sum);
                    if (c > bestCount) {
                        bestCount = c;
                        best = m.entity;
                    }
                }
            }
        }
        return bestCount >= 2 ? best : null;
    }

    /**
     * "Mercosur, which includes Brazil and Argentina, along with Paraguay and Uruguay": the countries a bloc is said
     * to include, comprise or group, anywhere after the verb in the sentence (at least two).
     */
    private static void blocThatIncludes(SentenceActors a) {
        List<Token> ts = a.ts;
        for (Mention m : a.actors) {
            int v = m.t1 + 2;
            if (m.entity.type != EntityType.ORGANIZATION || !SentenceActors.isBloc(m.entity) || v >= ts.size()
                    || !ts.get(m.t1).text.equals(",") || !ts.get(m.t1 + 1).is("which") || !a.trigger(INCLUDE, ts.get(v).lower)) {
                continue;
            }
            List<Mention> countries = new ArrayList<>();
            for (Mention c : a.actors) {
                if (c.t0 > v && c.entity.type == EntityType.COUNTRY) {
                    countries.add(c);
                }
            }
            if (countries.size() >= 2) {
                for (Mention c : countries) {
                    a.add(RelationType.MEMBER_OF, c.entity, m.entity, SentenceActors.conf(0.7, c, m));
                }
            }
        }
    }

    /** "the G7 - the United States, Japan, ... - announced": a bloc followed by the list of its members. */
    private static void blocWithMemberList(SentenceActors a) {
        List<Token> ts = a.ts;
        for (Mention m : a.actors) {
            if (m.entity.type == EntityType.ORGANIZATION && SentenceActors.isBloc(m.entity) && m.t1 + 1 < ts.size()
                    && (ts.get(m.t1).text.equals("-") && ts.get(m.t1).spaceBefore || ts.get(m.t1).text.equals("("))) {
                int k = m.t1 + 1;
                if (ts.get(k).is("the")) {
                    k++;
                }
                Mention first = a.after(k, 0, EntityType.COUNTRY);
                if (first != null) {
                    List<Mention> list = a.coordinated(first);
                    if (list.size() >= 2) {
                        for (Mention c : list) {
                            a.add(RelationType.MEMBER_OF, c.entity, m.entity, SentenceActors.conf(0.7, c, m));
                        }
                    }
                }
            }
        }
    }
}
