package dev.newsgraph.extract;

import java.util.List;

import dev.newsgraph.extract.Lexicon.How;

/**
 * Stage: the persons of the article. Full names from person phrases and from name runs typed as persons come
 * first, so that a later "President Xi" or "Blinken" attaches to the one person with that name; each person
 * phrase then becomes a mention with its aliases and the role its title gives.
 */
final class PersonRegistration {

    private final ArticleDocument doc;
    private final EntityRegistry entities;

    PersonRegistration(ArticleDocument doc) {
        this.doc = doc;
        this.entities = doc.entities;
    }

    void register() {
        // 1. title + multi-token name, and known office holders
        for (PersonCandidate c : doc.personCandidates) {
            if (c.known == null && PersonNames.tokens(c.name).size() >= 2 && !surnameWithParticle(c.name)) {
                entities.person(c.name);
            }
        }
        // 2. unknown multi-token runs that look like names (given name, speech verb, appositive title)
        for (NameRun r : doc.nameRuns) {
            if (r.length() >= 2 && !r.sentence.headline && r.type == EntityType.PERSON && entities.personByName(r.text()) == null) {
                entities.person(r.text());
            }
        }
        // 3. single-token names after titles, resolved against full names; else a person of their own
        for (PersonCandidate c : doc.personCandidates) {
            Entity e = c.known != null ? c.known : resolve(c);
            if (e != null) {
                attach(c, e);
            }
        }
    }

    private Entity resolve(PersonCandidate c) {
        Entity e = entities.personByName(c.name);
        if (e != null) {
            return e;
        }
        List<Entity> m = entities.personsWithToken(c.name, c.role);
        if (m.size() == 1) {
            return m.get(0);
        }
        if (m.isEmpty() && PersonNames.tokens(c.name).size() == 1) {
            return entities.partialPerson(c.name);
        }
        return surnameWithParticle(c.name) ? entities.person(c.name) : null;
    }

    /**
     * "Mr Le Drian", "President De Klerk": a surname that starts with a capitalised particle, which the article
     * usually gives in full before ("Jean-Yves Le Drian"); it is resolved against the full names, not taken for one.
     */
    private static boolean surnameWithParticle(String name) {
        List<String> words = PersonNames.tokens(name);
        return words.size() == 2 && PersonNames.PARTICLES.contains(words.get(0).toLowerCase(java.util.Locale.ROOT));
    }

    private void attach(PersonCandidate c, Entity e) {
        ArticleSentence s = c.sentence;
        Mention m = s.addMention(c.t0, c.t1, e, How.NAME, false);
        m.nameOnly(c.n0, c.n1);
        e.aliases.add(s.span(c.t0, c.t1));
        if (c.titled) {
            // title + name without the country/organization modifier
            int firstTitleTok = c.t0;
            for (int i = c.t0; i < c.n0; i++) {
                if (!insideModifier(s, i) && !s.token(i).text.equals("'s")) {
                    firstTitleTok = i;
                    break;
                }
            }
            e.aliases.add(s.span(firstTitleTok, c.t1));
        }
        if (c.role != null) {
            addRole(c, e);
        }
    }

    private static boolean insideModifier(ArticleSentence s, int i) {
        for (Mention x : s.mentions) {
            if (x.inner && x.t0 <= i && i < x.t1) {
                return true;
            }
        }
        return false;
    }

    /** The role of the title; without an affiliation, a known office holder's, else found from context later. */
    private void addRole(PersonCandidate c, Entity e) {
        String title = Text.titleCase(c.role.canonical());
        String key = TitleKeys.of(c.role.canonical());
        Entity affil = c.affil;
        double conf = 0.9;
        if (affil == null) {
            Lexicon.Leader l = doc.lexicon.leaders.get(e.name);
            if (l != null && TitleKeys.of(l.title()).equals(key)) {
                affil = entities.countryOrOrganization(l.affiliation());
                conf = 0.75;
            }
        }
        e.roles.add(new Role(title, key, affil, c.sentence, conf));
        if (affil == null) {
            doc.pendingRoles.add(new ArticleDocument.PendingRole(e, c));
        }
    }
}
