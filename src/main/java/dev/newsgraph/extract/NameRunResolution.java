package dev.newsgraph.extract;

import java.util.List;

import dev.newsgraph.extract.Lexicon.How;
import dev.newsgraph.extract.ner.NameSpan;

/**
 * Stage: each name run becomes a mention: of a defined acronym or its long name, of a person by full name or
 * surname, or, after typing, of a new organization, place, event or agreement of that name.
 */
final class NameRunResolution {

    private final ArticleDocument doc;

    NameRunResolution(ArticleDocument doc) {
        this.doc = doc;
    }

    void resolve() {
        for (NameRun r : doc.nameRuns) {
            ArticleSentence s = r.sentence;
            if (s.covered(r.t0) && s.covered(r.t1 - 1)) {
                continue; // already found as a full name ("He Lifeng", where the scanner saw only "Lifeng")
            }
            if (!s.headline && r.length() <= 3 && division(s, r)) {
                continue;
            }
            if (!known(s, r) && !s.headline && r.type != null && r.type != EntityType.PERSON) {
                named(s, r);
            }
        }
    }

    /** Acronyms and persons: true when the run was resolved (or, as a single word, left alone). */
    private boolean known(ArticleSentence s, NameRun r) {
        // defined acronym used later
        if (r.length() == 1 && doc.acronymDefinitions.containsKey(r.text())) {
            s.addMention(r.t0, r.t1, doc.acronymDefinitions.get(r.text()), How.ACRONYM, false);
            return true;
        }
        Entity def = null;
        for (Entity e : doc.acronymDefinitions.values()) {
            if (e.name.equals(r.text())) {
                def = e;
            }
        }
        Entity p = def != null ? def : doc.entities.personByName(r.text());
        if (p != null) {
            s.addMention(r.t0, r.t1, p, How.NAME, false);
            return true;
        }
        if (PersonNames.tokens(r.text()).size() == 1) {
            List<Entity> m = doc.entities.personsWithToken(r.text(), null);
            if (m.size() == 1) {
                s.addMention(r.t0, r.t1, m.get(0), How.SURNAME, false);
                return true;
            }
            if (m.isEmpty() && r.type == EntityType.PERSON && !s.headline && (s.nameOver(r.t0, r.t1) != null || r.firm)) {
                // a surname the article never gives in full ("..., said Guilbeault"): a person of its own
                s.addMention(r.t0, r.t1, doc.entities.partialPerson(r.text()), How.NAME, false);
                return true;
            }
            // a lone word names a new organization or place only when the tagger says so ("Reddit", "Abbotsford"),
            // or its typing was firm ("GCHQ", "the company Saab")
            return r.type == null || r.type == EntityType.PERSON || s.nameOver(r.t0, r.t1) == null && !r.firm;
        }
        return false;
    }

    /**
     * "BBC" + "World Service", "UN" + "Environment": a known organization and the capitalised words right after it
     * that the tagger reads as one organization's name with it name a part of that organization, an entity of its
     * own; the known one is mentioned inside it.
     */
    private boolean division(ArticleSentence s, NameRun r) {
        for (Mention m : s.mentions) {
            if (m.t1 == r.t0 && !m.inner && m.entity.type == EntityType.ORGANIZATION) {
                NameSpan tagged = s.nameStartingAt(m.t0);
                if (tagged != null && tagged.type().equals("ORG") && tagged.end() == r.t1) {
                    m.inner = true;
                    s.addMention(m.t0, r.t1, doc.entities.organizationNamed(s.span(m.t0, r.t1)), How.NAME, false);
                    return true;
                }
            }
        }
        return false;
    }

    /** A new entity of the run's type, named by the run. */
    private void named(ArticleSentence s, NameRun r) {
        String name = r.text();
        int t0 = r.t0;
        if (s.token(t0).is("the")) {
            t0++;
        }
        Entity e = switch (r.type) {
            case ORGANIZATION -> doc.entities.organizationNamed(name);
            case PLACE -> doc.entities.placeNamed(name);
            case EVENT -> doc.entities.eventNamed(name);
            case AGREEMENT -> doc.entities.agreement(name, null);
            default -> null;
        };
        if (e == null) {
            return;
        }
        if (r.type == EntityType.ORGANIZATION && r.t1 - t0 >= 2) {
            // "the China Coast Guard", "Philippine Navy": the country is part of the organization's name
            Mention country = countryBefore(s, t0);
            if (country != null) {
                e = doc.entities.organizationNamed(s.span(country.t0, r.t1));
                country.inner = true;
                t0 = country.t0;
            }
        }
        s.addMention(t0, r.t1, e, How.NAME, false);
    }

    /**
     * "the China" + "Coast Guard", "the U.S." + "Supreme Court", "Russian" + "Secret Service": a country named
     * right before token t0, after "the" or as an adjective; the organization is that country's.
     */
    private static Mention countryBefore(ArticleSentence s, int t0) {
        for (Mention m : s.mentions) {
            boolean afterThe = m.t0 > 0 && s.token(m.t0 - 1).is("the");
            if (m.t1 == t0 && m.entity.type == EntityType.COUNTRY && !m.inner && m.how != How.CAPITAL
                    && (afterThe || m.how == How.DEMONYM)) {
                return m;
            }
        }
        return null;
    }
}
