package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Map;

/**
 * HOLDS_ROLE from persons to the country (or organization) of their titles, once the whole article is read:
 * titles without an affiliation get the one of their context, roles given "as" a title go to the person before,
 * and a government body's role counts for its country ("the Kremlin" -> Russia).
 */
final class HoldsRoleRule {

    private final ArticleDocument doc;

    HoldsRoleRule(ArticleDocument doc) {
        this.doc = doc;
    }

    void apply() {
        doc.datelineCountry = RoleContext.datelineCountry(doc);
        for (ArticleDocument.PendingRole pending : doc.pendingRoles) {
            unqualified(pending.person(), pending.candidate());
        }
        for (LateRole lr : doc.lateRoles) {
            late(lr);
        }
        new CounterpartRoles(doc).apply();
        for (Entity e : new ArrayList<>(doc.entities.all())) {
            for (Role r : e.roles) {
                if (r.affil() == null) {
                    continue;
                }
                Entity target = r.affil();
                if (target.type == EntityType.ORGANIZATION && target.attrs.containsKey("country")) {
                    target = doc.entities.country(target.attrs.get("country"));
                }
                doc.relations.add(RelationType.HOLDS_ROLE, e, target, new java.util.TreeMap<>(Map.of("title", r.title())),
                        r.sentence(), r.conf());
            }
        }
    }

    /** The nearest country (or organization, for international posts) in context of a title without one. */
    private void unqualified(Entity e, PersonCandidate c) {
        for (Role r : e.roles) {
            if (r.affil() != null) {
                return;
            }
        }
        String tk = TitleKeys.of(c.role.canonical());
        String title = Text.titleCase(c.role.canonical());
        // "US Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer": the same government
        Entity partner = RoleContext.coordinatedPartnerCountry(c);
        if (partner == null) {
            partner = RoleContext.behalfCountry(c); // "... signed on behalf of the Malian government"
        }
        if (partner != null) {
            e.roles.add(new Role(title, tk, partner, c.sentence, 0.6));
            return;
        }
        boolean international = tk.contains("general") || tk.contains("commissioner") || tk.contains("representative");
        Entity ctx = international ? RecentMentions.nearestBefore(c.sentence, c.t0, EntityType.ORGANIZATION)
                : RoleContext.country(doc, c.sentence, c.t0);
        if (ctx != null) {
            e.roles.add(new Role(title, tk, ctx, c.sentence, international ? 0.5 : 0.4));
        }
    }

    /** The nearest person before "as": "Lee nominated Kim Min-seok, a lawmaker, as prime minister" -> Kim. */
    private void late(LateRole lr) {
        Entity p = null;
        for (Mention m : lr.sentence().mentions) {
            if (m.t0 < lr.pos() && m.entity.type == EntityType.PERSON && !m.inner && !m.ref) {
                p = m.entity;
            }
        }
        if (p == null) {
            return;
        }
        Entity affil = lr.affil() != null ? lr.affil() : RoleContext.country(doc, lr.sentence(), lr.pos());
        if (affil == null) {
            return;
        }
        for (Role r : p.roles) {
            if (r.affil() == affil) {
                return;
            }
        }
        String tk = TitleKeys.of(lr.title().canonical());
        p.roles.add(new Role(Text.titleCase(lr.title().canonical()), tk, affil, lr.sentence(), lr.affil() != null ? 0.7 : 0.4));
    }
}
