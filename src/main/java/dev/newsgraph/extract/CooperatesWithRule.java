package dev.newsgraph.extract;

import static dev.newsgraph.extract.TriggerGroup.COOPERATE;
import static dev.newsgraph.extract.TriggerGroup.EXERCISE;

import java.util.List;

/**
 * COOPERATES_WITH between countries and organizations: "joint ASEAN-US maritime exercise", "joint naval
 * exercises with X", "cooperation with X", "working closely with X", "helped X".
 */
final class CooperatesWithRule {

    void apply(SentenceActors a) {
        a.forEachWord((w, i) -> {
            if (w.equals("joint")) {
                joint(a, i);
            } else if (a.trigger(COOPERATE, w)) {
                cooperation(a, i);
            }
        });
    }

    private static void joint(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        // "joint ASEAN-US maritime exercise"
        Mention x = a.after(i + 1, 0);
        if (x != null && x.t1 + 1 < ts.size() && ts.get(x.t1).text.equals("-")) {
            Mention y = a.after(x.t1 + 1, 0);
            if (y != null) {
                a.add(RelationType.COOPERATES_WITH, x.entity, y.entity, 0.7);
                return;
            }
        }
        // "joint naval and air exercises with the United States"
        int k = i + 1;
        int limit = Math.min(ts.size(), i + 6);
        while (k < limit && !a.trigger(EXERCISE, ts.get(k).lower)) {
            k++;
        }
        if (k >= limit || !(k + 1 < ts.size() && ts.get(k + 1).is("with"))) {
            return;
        }
        Mention obj = a.after(k + 2, 2, EntityType.COUNTRY, EntityType.ORGANIZATION);
        Mention subj = a.before(i, EntityType.COUNTRY, EntityType.ORGANIZATION);
        if (obj != null && subj != null && i - subj.t1 <= 8) {
            for (Mention o : a.coordinated(obj)) {
                a.add(RelationType.COOPERATES_WITH, subj.entity, o.entity, SentenceActors.conf(0.7, subj, o));
            }
        }
    }

    private static void cooperation(SentenceActors a, int i) {
        List<Token> ts = a.ts;
        String w = ts.get(i).lower;
        boolean help = w.startsWith("help") || w.startsWith("assist");
        int j = i + 1;
        if (!help) {
            if (j < ts.size() && (ts.get(j).is("closely") || ts.get(j).is("together"))) {
                j++;
            }
            if (j >= ts.size() || !ts.get(j).is("with")) {
                return;
            }
            j++;
        }
        Mention obj = a.after(j, 2, EntityType.COUNTRY, EntityType.ORGANIZATION);
        Mention subj = a.before(i, EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON);
        if (obj == null || subj == null || i - subj.t1 > 9 || a.crossesClause(subj.t1, i)) {
            return;
        }
        for (int k = subj.t1; k < i; k++) {
            if (ts.get(k).text.equals(",") || ts.get(k).is("but") || ts.get(k).is("while") || ts.get(k).is("which")) {
                return; // another clause: "Russia, which ..., cooperation with"
            }
        }
        // a person cooperates for their country
        Entity src = subj.entity.type == EntityType.PERSON ? a.affiliationCountry(subj.entity) : subj.entity;
        if (src == null) {
            return;
        }
        List<Mention> subjects = subj.entity.type == EntityType.PERSON ? List.of(subj) : a.coordinatedBefore(subj);
        for (Mention sm : subjects) {
            Entity from = sm == subj ? src : sm.entity;
            for (Mention o : a.coordinated(obj)) {
                if (from != o.entity) {
                    a.add(RelationType.COOPERATES_WITH, from, o.entity, SentenceActors.conf(help ? 0.6 : 0.7, sm, o));
                }
            }
        }
    }
}
