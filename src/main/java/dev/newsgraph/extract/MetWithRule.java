package dev.newsgraph.extract;

import static dev.newsgraph.extract.TriggerGroup.MEET;
import static dev.newsgraph.extract.TriggerGroup.MEETING_PARTY;
import static dev.newsgraph.extract.TriggerGroup.MEET_DIRECT;

import java.util.List;

/**
 * MET_WITH between persons: "A met (with) B", "talks with B", "talks ... between A and B", "A and his
 * counterpart, B", and leaders of two countries who signed something together.
 */
final class MetWithRule {

    void apply(SentenceActors a) {
        a.forEachWord((w, i) -> {
            if (a.trigger(MEET, w)) {
                met(a, i);
            }
            if (w.equals("counterpart")) {
                counterpart(a, i);
            }
            if (i > 0 && "signed".equals(a.agreementStatus(w))) {
                signedTogether(a, i);
            }
        });
    }

    private static void met(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        String w = ts.get(i).lower;
        int j = i + 1;
        while (j < ts.size() && ts.get(j).kind == Token.PUNCT && Tokenizer.isQuote(ts.get(j).text.charAt(0))) {
            j++; // scare quotes: a “positive meeting” with
        }
        if (j + 2 < ts.size() && ts.get(j).is("by") && (ts.get(j + 1).is("phone") || ts.get(j + 1).is("telephone")
                || ts.get(j + 1).is("video"))) {
            j += 2; // "spoke by phone with", a call as much a meeting as talks
        }
        if (j < ts.size() && (ts.get(j).is("with") || ts.get(j).is("to") && (w.equals("spoke") || w.equals("speak")))) {
            j++;
        } else {
            if (!a.trigger(MEET_DIRECT, w)) {
                between(a, j);
                return;
            }
        }
        Mention obj = object(a, j);
        if (obj == null) {
            return;
        }
        Mention subj = a.before(i, EntityType.PERSON);
        if (subj == null || subj.entity == obj.entity) {
            return;
        }
        List<Mention> subjects = a.coordinatedBefore(subj);
        List<Mention> objs = a.coordinated(obj);
        boolean counterparts = false;
        for (int k = i; k < obj.t0; k++) {
            counterparts |= ts.get(k).lower.startsWith("counterpart");
        }
        if (counterparts && subjects.size() == objs.size() && subjects.size() > 1) {
            // "A and B met their counterparts C and D": pairwise
            for (int k = 0; k < objs.size(); k++) {
                a.add(RelationType.MET_WITH, subjects.get(k).entity, objs.get(k).entity,
                        SentenceActors.conf(0.7, subjects.get(k), objs.get(k)));
            }
            return;
        }
        for (Mention sm : subjects) {
            for (Mention o : objs) {
                if (sm.entity.type == EntityType.PERSON && sm.entity != o.entity) {
                    a.add(RelationType.MET_WITH, sm.entity, o.entity, SentenceActors.conf(0.8, sm, o));
                }
            }
        }
    }

    /** "talks in the Chinese capital between A, secretary of ..., and B". */
    private static void between(SentenceActors a, int j) {
        List<Token> ts = a.ts;
        for (int k = j; k < Math.min(ts.size(), j + 7); k++) {
            if (ts.get(k).is("between")) {
                Mention x = a.after(k + 1, 2, EntityType.PERSON);
                if (x == null) {
                    return;
                }
                Mention y = null;
                for (int q = x.t1; q < Math.min(ts.size(), x.t1 + 14) && y == null; q++) {
                    if (ts.get(q).is("and")) {
                        y = a.after(q + 1, 1, EntityType.PERSON);
                    }
                }
                if (y != null) {
                    a.add(RelationType.MET_WITH, x.entity, y.entity, SentenceActors.conf(0.8, x, y));
                }
                return;
            }
            if (ts.get(k).text.equals(",") || ts.get(k).text.equals(".")) {
                return;
            }
        }
    }

    /** Whom they met: a person right after ("his Chinese counterpart, Wang Yi" allows a wider gap), or an organization's people. */
    private static Mention object(SentenceActors a, int j) {
        List<Token> ts = a.ts;
        int gap = 3;
        for (int k = j; k < Math.min(ts.size(), j + 4); k++) {
            if (ts.get(k).lower.startsWith("counterpart")) {
                gap = k - j + 3;
            }
        }
        Mention obj = a.after(j, gap, EntityType.PERSON);
        if (obj == null && gap > 3) {
            for (Mention m : a.actors) {
                if (obj == null && m.t0 >= j && m.t0 - j <= gap && m.entity.type == EntityType.PERSON && !a.crossesClause(j, m.t0)) {
                    obj = m;
                }
            }
        }
        if (obj != null) {
            return obj;
        }
        Mention org = a.after(j, 6, EntityType.ORGANIZATION);
        if (org != null && org.t0 > j) {
            for (int k = j; k < org.t0; k++) {
                if (a.trigger(MEETING_PARTY, ts.get(k).lower)) {
                    return org; // "met NATO leaders", "talks with EU officials"
                }
            }
            return null;
        }
        return org;
    }

    /** "Faisal bin Farhan and his Iranian counterpart, Hossein Amir-Abdollahian, signed ...". */
    private static void counterpart(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        int j = i + 1;
        if (j < ts.size() && ts.get(j).text.equals(",")) {
            j++;
        }
        Mention obj = a.after(j, 1, EntityType.PERSON);
        Mention subj = a.before(i, EntityType.PERSON);
        if (obj == null || subj == null || i - subj.t1 > 4) {
            return;
        }
        boolean and = false;
        for (int k = subj.t1; k < i; k++) {
            and |= ts.get(k).is("and") || ts.get(k).lower.startsWith("meet") || ts.get(k).is("met") || ts.get(k).is("with");
        }
        if (and && subj.entity != obj.entity) {
            a.add(RelationType.MET_WITH, subj.entity, obj.entity, SentenceActors.conf(0.6, subj, obj));
        }
    }

    /** "Putin and Kim Jong Un have signed a treaty": leaders of two countries signing together have met. */
    private static void signedTogether(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        Mention subj = a.before(i, EntityType.PERSON);
        if (subj == null || i - subj.t1 > 3 || a.crossesClause(subj.t1, i)) {
            return;
        }
        for (int k = subj.t1; k < i; k++) {
            if (!(ts.get(k).is("have") || ts.get(k).is("has") || ts.get(k).is("had") || ts.get(k).is("jointly")
                    || ts.get(k).is("formally") || ts.get(k).is("on") || ts.get(k).is("also") || ts.get(k).text.equals(","))) {
                return;
            }
        }
        // "Faisal bin Farhan and his Iranian counterpart, Hossein Amir-Abdollahian, signed": one person before the verb
        List<Mention> people = a.coordinatedBefore(subj);
        for (int x = 0; x < people.size(); x++) {
            for (int y = x + 1; y < people.size(); y++) {
                Entity px = people.get(x).entity;
                Entity py = people.get(y).entity;
                if (px.type != EntityType.PERSON || py.type != EntityType.PERSON) {
                    continue;
                }
                Entity cx = a.affiliationCountry(px);
                Entity cy = a.affiliationCountry(py);
                if (cx != null && cy != null && cx != cy) {
                    a.add(RelationType.MET_WITH, px, py, SentenceActors.conf(0.6, people.get(x), people.get(y)));
                }
            }
        }
    }
}
