package dev.newsgraph.extract;

import java.util.List;

/** Looks back from a token for the entity a reference most likely means: the last person, country, alliance. */
final class RecentMentions {

    private RecentMentions() {
    }

    /** The first person mentioned before the token, else in the nearest of the three sentences before (the likely subject). */
    static Entity person(List<ArticleSentence> sentences, ArticleSentence s, int beforeTok) {
        for (Mention m : s.mentions) {
            if (m.t0 < beforeTok && m.entity.type == EntityType.PERSON && !m.inner && !m.ref) {
                return m.entity;
            }
        }
        for (int i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
            for (Mention m : sentences.get(i).mentions) {
                if (m.entity.type == EntityType.PERSON && !m.inner) {
                    return m.entity;
                }
            }
        }
        return null;
    }

    /** The last entity of the type before the token, else in the {@code back} sentences before. */
    static Entity last(List<ArticleSentence> sentences, ArticleSentence s, int beforeTok, EntityType type, int back) {
        for (int i = s.mentions.size() - 1; i >= 0; i--) {
            Mention m = s.mentions.get(i);
            if (m.t0 < beforeTok && m.entity.type == type && !m.inner) {
                return m.entity;
            }
        }
        for (int i = s.index - 1; i >= Math.max(0, s.index - back); i--) {
            List<Mention> ms = sentences.get(i).mentions;
            for (int j = ms.size() - 1; j >= 0; j--) {
                if (ms.get(j).entity.type == type && !ms.get(j).inner) {
                    return ms.get(j).entity;
                }
            }
        }
        return null;
    }

    /** "the alliance" -> the most recent organization known to be an alliance (NATO), before any other group. */
    static Entity organizationOfKind(List<ArticleSentence> sentences, ArticleSentence s, int before, String word) {
        if (!word.equals("alliance") && !word.equals("bloc")) {
            return null;
        }
        for (int i = s.index; i >= 0; i--) {
            List<Mention> ms = sentences.get(i).mentions;
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                if (m.entity.type == EntityType.ORGANIZATION && (i < s.index || m.t0 < before) && m.entity.orgKind.equals(word)) {
                    return m.entity;
                }
            }
        }
        return null;
    }

    /** The most recent alliance, bloc, group or organization of unknown kind. */
    static Entity organization(List<ArticleSentence> sentences, ArticleSentence s, int before) {
        for (int i = s.index; i >= 0; i--) {
            List<Mention> ms = sentences.get(i).mentions;
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                if (m.entity.type == EntityType.ORGANIZATION && (i < s.index || m.t0 < before)) {
                    String k = m.entity.orgKind;
                    if (k.equals("alliance") || k.equals("bloc") || k.equals("group") || k.isEmpty()) {
                        return m.entity;
                    }
                }
            }
        }
        return null;
    }

    /** The last entity of the type mentioned (not by reference) before the token in the same sentence. */
    static Entity nearestBefore(ArticleSentence s, int tok, EntityType type) {
        Entity best = null;
        for (Mention m : s.mentions) {
            if (m.t0 < tok && m.entity.type == type && !m.ref) {
                best = m.entity;
            }
        }
        return best;
    }
}
