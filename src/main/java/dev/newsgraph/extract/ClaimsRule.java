package dev.newsgraph.extract;

import static dev.newsgraph.extract.TriggerGroup.CLAIM;

/** CLAIMS from a country to a place: "China claims most of the South China Sea". */
final class ClaimsRule {

    void apply(SentenceActors a) {
        a.forEachWord((w, i) -> {
            if (a.trigger(CLAIM, w)) {
                claim(a, i);
            }
        });
    }

    private static void claim(SentenceActors a, int i) {
        Mention place = null;
        for (Mention m : a.sentence.mentions) {
            if (m.entity.type == EntityType.PLACE && m.t0 > i && m.t0 - i <= 4 && !a.crossesClause(i, m.t0)) {
                place = m;
                break;
            }
        }
        if (place == null) {
            return;
        }
        Mention subj = a.before(i, EntityType.COUNTRY);
        if (subj == null || i - subj.t1 > 6 || a.crossesClause(subj.t1, i)) {
            return;
        }
        a.add(RelationType.CLAIMS, subj.entity, place.entity, SentenceActors.conf(0.7, subj));
    }
}
