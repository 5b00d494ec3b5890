package dev.newsgraph.extract;

import java.util.List;
import java.util.Locale;

/** The agreement "the pact", "the 2015 accord" or "a treaty" refers to, looking back (or, for a treaty, ahead). */
final class AgreementReferences {

    private final List<ArticleSentence> sentences;

    AgreementReferences(ArticleDocument doc) {
        this.sentences = doc.sentences;
    }

    /** The most recent agreement named by a proper name (not a descriptor), within the last five sentences. */
    Entity recentNamed(ArticleSentence s, int before) {
        for (int i = s.index; i >= Math.max(0, s.index - 5); i--) {
            List<Mention> ms = sentences.get(i).mentions;
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (m.entity.type == EntityType.AGREEMENT && (i < s.index || m.t0 < before) && !m.entity.descriptive) {
                    return m.entity;
                }
            }
        }
        return null;
    }

    /** "the pact": an agreement called a pact, else the most recent one with a proper name, else any. */
    Entity recent(ArticleSentence s, int before, String head) {
        Entity same = null;
        Entity named = null;
        for (int i = s.index; i >= 0 && same == null; i--) {
            List<Mention> ms = sentences.get(i).mentions;
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (m.entity.type == EntityType.AGREEMENT && (i < s.index || m.t0 < before)) {
                    if (sameHead(m, head)) {
                        same = m.entity;
                        break;
                    }
                    if (named == null && !m.entity.descriptive && compatible(m.entity, head)) {
                        named = m.entity;
                    }
                }
            }
        }
        if (same != null) {
            return same;
        }
        if (named != null) {
            return named;
        }
        for (int i = s.index; i >= 0; i--) {
            List<Mention> ms = sentences.get(i).mentions;
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (m.entity.type == EntityType.AGREEMENT && (i < s.index || m.t0 < before) && compatible(m.entity, head)) {
                    return m.entity;
                }
            }
        }
        return null;
    }

    private static boolean sameHead(Mention m, String head) {
        return m.entity.head != null && m.entity.head.equalsIgnoreCase(head) || !m.ref && m.surface != null
                && m.surface.toLowerCase(Locale.ROOT).endsWith(head.toLowerCase(Locale.ROOT));
    }

    /** "a treaty ... the Treaty on Comprehensive Strategic Partnership": a named agreement in the next three sentences. */
    Entity later(ArticleSentence s, int after, String head) {
        for (int i = s.index; i < sentences.size() && i <= s.index + 3; i++) {
            for (Mention m : sentences.get(i).mentions) {
                if (m.entity.type == EntityType.AGREEMENT && (i > s.index || m.t0 > after) && !m.entity.descriptive
                        && m.entity.name.toLowerCase(Locale.ROOT).contains(head.toLowerCase(Locale.ROOT))) {
                    return m.entity;
                }
            }
        }
        return null;
    }

    private static boolean compatible(Entity e, String head) {
        if (e.head != null && e.head.equalsIgnoreCase(head)) {
            return true;
        }
        String h = head.toLowerCase(Locale.ROOT);
        if (e.name.toLowerCase(Locale.ROOT).contains(h)) {
            return true;
        }
        for (String a : e.aliases) {
            if (a.toLowerCase(Locale.ROOT).contains(h)) {
                return true;
            }
        }
        // "the agreement" / "the deal" may refer to any named agreement; "the treaty" only to treaties
        return h.equals("agreement") || h.equals("deal") || h.equals("accord") || h.equals("pact") || h.startsWith("protocol");
    }
}
