package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage: references resolved by context within the article, as uncounted mentions (less confident): titles
 * without a name ("the War Secretary"), "he" / "she", "his country", "the latter" / "the former", "the bloc" /
 * "the alliance", "the country". A capitalised title reference counts as a name of its holder.
 */
final class ContextReferences {

    private final ArticleDocument doc;

    ContextReferences(ArticleDocument doc) {
        this.doc = doc;
    }

    void resolve(ArticleSentence s) {
        for (TitleReference r : doc.titleReferences) {
            if (r.sentence() == s) {
                titleReference(s, r);
            }
        }
        List<Token> ts = s.tokens;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (s.covered(i)) {
                continue;
            }
            String w = t.lower;
            if ((w.equals("he") || w.equals("she")) && !t.quoted) {
                Entity p = RecentMentions.person(doc.sentences, s, i);
                if (p != null) {
                    s.addReference(i, i + 1, p, 0.7);
                }
            } else if ((w.equals("his") || w.equals("her")) && i + 1 < ts.size() && ts.get(i + 1).is("country")) {
                i = hisCountry(s, i);
            } else if (w.equals("the") && i + 1 < ts.size()) {
                i = theReference(s, i);
            }
        }
    }

    /** The one person whose role has the title's words (and affiliation); for "leader" / "head", the affiliation's. */
    private void titleReference(ArticleSentence s, TitleReference r) {
        Entity hit = null;
        int count = 0;
        for (Entity e : doc.entities.all()) {
            if (e.type == EntityType.PERSON && holds(e, r)) {
                count++;
                hit = e;
            }
        }
        if (count == 0 && r.affil() != null && (r.titleKey().equals("leader") || r.titleKey().equals("head"))) {
            for (Entity e : doc.entities.all()) {
                if (e.type == EntityType.PERSON && servesAffiliation(e, r.affil())) {
                    hit = e;
                    count++;
                }
            }
        }
        if (count == 1) {
            Mention m = s.addReference(r.t0(), r.t1(), hit, 0.8);
            if (r.capital()) {
                hit.aliases.add(r.surface());
                m.ref = false;
            }
        }
    }

    private static boolean holds(Entity person, TitleReference r) {
        for (Role ro : person.roles) {
            if (TitleKeys.containsWords(ro.titleKey(), r.titleKey()) && (r.affil() == null || r.affil() == ro.affil())) {
                return true;
            }
        }
        return false;
    }

    private static boolean servesAffiliation(Entity person, Entity affil) {
        for (Role ro : person.roles) {
            if (ro.affil() == affil) {
                return true;
            }
        }
        return false;
    }

    /** "his country('s)": the country of the person last mentioned; returns the last token read. */
    private int hisCountry(ArticleSentence s, int i) {
        Entity p = RecentMentions.person(doc.sentences, s, i);
        Entity c = p == null ? null : doc.entities.affiliationCountry(p);
        if (c == null) {
            return i;
        }
        boolean possessive = i + 2 < s.size() && s.token(i + 2).text.equals("'s");
        s.addReference(i, i + 2, c, 0.6);
        return possessive ? i + 2 : i + 1;
    }

    /**
     * "the Force Ouvrière union" names an organization of its own; "the Nordic alliance" and "the Southeast Asian
     * bloc" describe one named before: a capitalised word between "the" and the kind that is not an adjective of a
     * place or people, and no gazetteer name, makes it a name.
     */
    private static boolean nameBetween(ArticleSentence s, int j, int k) {
        for (int q = j; q < k; q++) {
            Token t = s.token(q);
            if (t.cap() && !WordClasses.placeAdjective(t.lower)) {
                return true;
            }
        }
        return false;
    }

    /** "the latter", "the (new) bloc", "the (Nordic) country" at token i ("the"); returns the last token read. */
    private int theReference(ArticleSentence s, int i) {
        List<Token> ts = s.tokens;
        int j = i + 1;
        if (ts.get(j).is("latter") || ts.get(j).is("former")) {
            Entity e = latterFormer(s, i, ts.get(j).is("latter"));
            if (e != null) {
                s.addReference(i, j + 1, e, 0.6);
            }
            return j;
        }
        // the (adjectives) bloc / alliance
        int k = j;
        while (k < ts.size() && k < j + 3 && ts.get(k).isWord() && !WordClasses.ALLIANCE_WORDS.contains(ts.get(k).lower)
                && !doc.lexicon.common.contains(ts.get(k).lower)) {
            k++;
        }
        if (k < ts.size() && WordClasses.ALLIANCE_WORDS.contains(ts.get(k).lower) && !s.covered(k)
                && !nameBetween(s, j, k)) {
            Entity org = RecentMentions.organizationOfKind(doc.sentences, s, i, ts.get(k).lower);
            if (org == null) {
                org = RecentMentions.organization(doc.sentences, s, i);
            }
            if (org != null) {
                s.addReference(i, k + 1, org, 0.7);
                if (k > j && ts.get(j).cap()) {
                    org.aliases.add(s.span(j, k + 1));
                }
            }
            return k;
        }
        // the country / the Nordic country
        k = j;
        if (!ts.get(k).is("country") && k + 1 < ts.size()) {
            k++;
        }
        if (ts.get(k).is("country") && !(k + 1 < ts.size() && ts.get(k + 1).is("of"))) {
            Entity c = RecentMentions.last(doc.sentences, s, i, EntityType.COUNTRY, 2);
            if (c != null) {
                s.addReference(i, k + 1, c, 0.6);
            }
            return k;
        }
        return i;
    }

    /** The last two distinct entities before, coordinated: "between China and the Philippines". */
    private static Entity latterFormer(ArticleSentence s, int before, boolean latter) {
        List<Entity> seen = new ArrayList<>();
        for (int i = s.mentions.size() - 1; i >= 0 && seen.size() < 3; i--) {
            Mention m = s.mentions.get(i);
            if (m.t0 < before && !m.inner && !seen.contains(m.entity) && m.entity.type != EntityType.AGREEMENT) {
                seen.add(m.entity);
            }
        }
        if (seen.size() < 2) {
            return null;
        }
        // nearest first: seen[0] is the most recent; when the most recent is the subject of this clause, skip it
        Entity subject = null;
        for (int i = s.mentions.size() - 1; i >= 0; i--) {
            Mention m = s.mentions.get(i);
            if (m.t0 < before && !m.inner) {
                subject = m.entity;
                break;
            }
        }
        if (seen.size() >= 3 && subject == seen.get(0)) {
            seen.remove(0);
        } else if (seen.size() == 2 && subject == seen.get(0) && latter) {
            // "China and the Philippines, with Chinese officials labeling the latter"
            List<Entity> all = new ArrayList<>();
            for (Mention m : s.mentions) {
                if (m.t0 < before && !m.inner && !all.contains(m.entity)) {
                    all.add(m.entity);
                }
            }
            return all.size() >= 2 ? all.get(all.size() - 1 == all.indexOf(subject) ? all.size() - 2 : all.size() - 1) : null;
        }
        return latter ? seen.get(0) : seen.get(1);
    }
}
