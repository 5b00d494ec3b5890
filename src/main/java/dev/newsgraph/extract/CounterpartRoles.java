package dev.newsgraph.extract;

import java.util.List;

/**
 * "Spanish Foreign Minister Jose Albares met his Italian counterpart Antonio Tajani": a counterpart holds the
 * same title as the person he is the counterpart of, in the country (or organization) named before the word.
 */
final class CounterpartRoles {

    private final ArticleDocument doc;

    CounterpartRoles(ArticleDocument doc) {
        this.doc = doc;
    }

    void apply() {
        for (ArticleSentence s : doc.sentences) {
            for (int i = 1; i < s.size(); i++) {
                if (s.token(i).lower.equals("counterpart") || s.token(i).lower.equals("counterparts")) {
                    counterpart(s, i);
                }
            }
        }
    }

    private static void counterpart(ArticleSentence s, int i) {
        Mention of = mentionEndingAt(s, s.token(i - 1).text.equals("'s") ? i - 1 : i);
        int j = i + 1 < s.size() && s.token(i + 1).text.equals(",") ? i + 2 : i + 1;
        Mention who = mentionStartingAt(s, j);
        if (of == null || who == null || who.entity.type != EntityType.PERSON
                || of.entity.type != EntityType.COUNTRY && of.entity.type != EntityType.ORGANIZATION) {
            return;
        }
        for (Role r : who.entity.roles) {
            if (r.affil() != null) {
                return; // the text gave the counterpart's own title
            }
        }
        Role title = titleBefore(s, of.t0, of.entity);
        if (title != null) {
            who.entity.roles.add(new Role(title.title(), title.titleKey(), of.entity, s, 0.7));
        }
    }

    /** The role, read in this sentence, of a person named before the counterpart phrase, in another country. */
    private static Role titleBefore(ArticleSentence s, int before, Entity country) {
        for (Mention m : s.mentions) {
            if (m.t1 <= before && m.entity.type == EntityType.PERSON && !m.ref) {
                for (Role r : m.entity.roles) {
                    if (r.sentence() == s && r.affil() != null && r.affil() != country && r.conf() >= 0.7) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    private static Mention mentionEndingAt(ArticleSentence s, int t1) {
        List<Mention> ms = s.mentions;
        for (Mention m : ms) {
            if (m.t1 == t1) {
                return m;
            }
        }
        return null;
    }

    private static Mention mentionStartingAt(ArticleSentence s, int t0) {
        for (Mention m : s.mentions) {
            if (m.t0 == t0 && !m.inner) {
                return m;
            }
        }
        return null;
    }
}
