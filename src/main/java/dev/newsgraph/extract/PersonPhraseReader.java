package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import dev.newsgraph.extract.Lexicon.How;

/**
 * Reads a person phrase from the segments at a title or an affiliation: [affiliation]['s] title+ [of [the]
 * affiliation] name ("Chinese President Xi Jinping", "Secretary-General of the United Nations Antonio Guterres").
 * Without a name the title is a reference to resolve later ("the War Secretary"), or a role given "as" a title.
 */
final class PersonPhraseReader {

    /** The titles of a phrase, an "of [the] X" affiliation after them, and the segment after the block. */
    private record TitleBlock(List<Segment> titles, Segment ofAffil, int next) {
        Segment first() {
            return titles.get(0);
        }

        Segment last() {
            return titles.get(titles.size() - 1);
        }

        /** "co-leaders", "foreign ministers": a title that names several people. */
        boolean plural() {
            return titles.stream().anyMatch(t -> t.plural);
        }
    }

    private final ArticleDocument doc;
    private final GazetteerMentions gazetteer;

    PersonPhraseReader(ArticleDocument doc, GazetteerMentions gazetteer) {
        this.doc = doc;
        this.gazetteer = gazetteer;
    }

    /** Reads from segment k (a title, or an affiliation with a segment after it); returns the next segment to read. */
    int read(ArticleSentence s, List<Segment> segs, int k) {
        Segment g = segs.get(k);
        Segment affil = null;
        if (g.isAffiliation()) {
            if (!titleFollows(s, g, segs.get(k + 1))) {
                gazetteer.emit(s, g, false);
                return k + 1;
            }
            affil = g;
        }
        TitleBlock block = titleBlock(s, segs, affil != null ? k + 1 : k);
        if (block.plural()) {
            if (!coordinated(s, segs, block)) {
                // "the foreign ministers met": several people, none named, so no one to refer back to
                if (affil != null) {
                    gazetteer.emit(s, affil, false);
                }
                return block.next();
            }
            Entity before = affil != null ? gazetteer.emitEntity(s, affil, true) : null;
            return addCoordinated(s, segs, (affil != null ? affil : block.first()).t0, block, before);
        }
        Segment nameSeg = block.next() < segs.size() ? segs.get(block.next()) : null;
        if (affil == null && companyNamedLikeATitle(s, block, nameSeg)) {
            doc.nameRuns.add(new NameRun(s, new Segment(Segment.Kind.NAME, block.first().t0, nameSeg.t1)));
            return block.next() + 1;
        }
        if (named(s, block, nameSeg)) {
            addCandidate(s, affil, block, nameSeg);
            return block.next() + 1;
        }
        if (affil != null) {
            gazetteer.emit(s, affil, false);
        }
        titleWithoutName(s, affil, block);
        return block.next();
    }

    /**
     * "CDU leader Jonas Brandt", "SPD chairman X": an acronym the gazetteers do not know (segment k), right before a
     * role title and a name, is the organization the title belongs to. Returns the next segment to read, or k when
     * the segments after it are no such phrase.
     */
    int readAfterAcronym(ArticleSentence s, List<Segment> segs, int k) {
        Segment acronym = segs.get(k);
        if (k + 1 >= segs.size() || segs.get(k + 1).kind != Segment.Kind.TITLE || segs.get(k + 1).t0 != acronym.t1
                || !segs.get(k + 1).title.role()) {
            return k;
        }
        TitleBlock block = titleBlock(s, segs, k + 1);
        Segment nameSeg = block.next() < segs.size() ? segs.get(block.next()) : null;
        if (block.plural() ? !coordinated(s, segs, block) : !named(s, block, nameSeg)) {
            return k;
        }
        Entity org = doc.entities.organizationNamed(s.span(acronym.t0, acronym.t1));
        s.addMention(acronym.t0, acronym.t1, org, How.ACRONYM, true);
        if (block.plural()) {
            return addCoordinated(s, segs, acronym.t0, block, org);
        }
        PersonCandidate c = candidate(s, acronym.t0, block, nameSeg);
        c.affil = org;
        doc.personCandidates.add(c);
        return block.next() + 1;
    }

    /**
     * "SPD co-leaders Lars Klingbeil and Saskia Esken", "both chairpersons X and Y for the SPD": after a plural
     * title, two names joined by "and".
     */
    private static boolean coordinated(ArticleSentence s, List<Segment> segs, TitleBlock block) {
        int m = block.next();
        if (m + 1 >= segs.size()) {
            return false;
        }
        Segment first = segs.get(m);
        Segment second = segs.get(m + 1);
        Segment last = block.ofAffil() != null ? block.ofAffil() : block.last();
        return first.isNameLike() && second.isNameLike() && first.t0 == last.t1 && second.t0 == first.t1 + 1
                && s.token(first.t1).is("and");
    }

    /**
     * Both people of a {@link #coordinated} phrase hold the role, of the affiliation before the title, "of" it, or
     * "of"/"for" [the] one right after the second name. Returns the next segment to read.
     */
    private int addCoordinated(ArticleSentence s, List<Segment> segs, int t0, TitleBlock block, Entity before) {
        Segment first = segs.get(block.next());
        Segment second = segs.get(block.next() + 1);
        int next = block.next() + 2;
        Entity affil = before;
        if (affil == null && block.ofAffil() != null) {
            affil = gazetteer.emitEntity(s, block.ofAffil(), true);
        }
        Segment after = affiliationAfter(s, segs, next, second.t1);
        if (affil == null && after != null) {
            affil = gazetteer.emitEntity(s, after, true);
            next++;
        }
        for (Segment name : List.of(first, second)) {
            PersonCandidate c = candidate(s, name == first ? t0 : name.t0, block, name);
            c.affil = affil;
            doc.personCandidates.add(c);
        }
        return next;
    }

    /** The organization segment m when it is "of" or "for" [the] it right after token {@code end}, else null. */
    private static Segment affiliationAfter(ArticleSentence s, List<Segment> segs, int m, int end) {
        if (m >= segs.size() || end + 1 >= s.size() || !(s.token(end).is("of") || s.token(end).is("for"))) {
            return null;
        }
        int p = s.token(end + 1).is("the") ? end + 2 : end + 1;
        Segment x = segs.get(m);
        // an organization only: two people "of" one country are rarely one office ("foreign ministers ... of Norway")
        return x.t0 == p && x.isAffiliation() && x.hit.type() == EntityType.ORGANIZATION ? x : null;
    }

    /** A title right after the affiliation, after its "'s", or after a few lower-case words ("foreign ministry spokesperson"). */
    private boolean titleFollows(ArticleSentence s, Segment g, Segment nx) {
        List<Token> ts = s.tokens;
        boolean poss = nx.t0 == g.t1 + 1 && ts.get(g.t1).text.equals("'s");
        // "White House national security spokesman", "Chinese foreign ministry spokesperson"
        if (nx.kind == Segment.Kind.TITLE && nx.t0 > g.t1 && nx.t0 - g.t1 <= 3 && !poss) {
            boolean loose = true;
            for (int q = g.t1; q < nx.t0; q++) {
                Token u = ts.get(q);
                loose &= u.isWord() && !u.cap() && !WordClasses.FUNCTION.contains(u.lower) && !doc.lexicon.common.contains(u.lower);
            }
            if (loose) {
                nx.t0 = g.t1;
            }
        }
        return nx.kind == Segment.Kind.TITLE && (nx.t0 == g.t1 || poss);
    }

    private static TitleBlock titleBlock(ArticleSentence s, List<Segment> segs, int from) {
        List<Token> ts = s.tokens;
        List<Segment> titles = new ArrayList<>();
        Segment ofAffil = null;
        int m = from;
        while (m < segs.size()) {
            Segment x = segs.get(m);
            Segment prev = titles.isEmpty() ? null : titles.get(titles.size() - 1);
            if (x.kind == Segment.Kind.TITLE && (prev == null || x.t0 == prev.t1)) {
                titles.add(x);
                m++;
                continue;
            }
            if (prev != null && ofAffil == null && x.isAffiliation() && x.t0 > prev.t1 && ts.get(prev.t1).text.equals("of")
                    && (x.t0 == prev.t1 + 1 || x.t0 == prev.t1 + 2 && ts.get(prev.t1 + 1).text.equals("the"))
                    && !x.hit.how().equals(How.DEMONYM)) {
                // "Secretary-General of the United Nations": only when a name follows
                if (m + 1 < segs.size() && segs.get(m + 1).isNameLike() && segs.get(m + 1).t0 == x.t1) {
                    ofAffil = x;
                    m++;
                    continue;
                }
            }
            break;
        }
        return new TitleBlock(titles, ofAffil, m);
    }

    /**
     * "General Motors", "General Dynamics": a capitalised title right before one word that ends company names is a
     * company's name, typed as such by its head.
     */
    private static boolean companyNamedLikeATitle(ArticleSentence s, TitleBlock block, Segment nameSeg) {
        if (nameSeg == null || nameSeg.kind != Segment.Kind.NAME || nameSeg.t1 - nameSeg.t0 != 1
                || block.titles().size() != 1 || nameSeg.t0 != block.last().t1 || !s.token(block.first().t0).cap()) {
            return false;
        }
        return WordClasses.ORG_HEADS.contains(s.token(nameSeg.t0).lower);
    }

    /** A name right after the titles, or "the Japanese foreign minister, Yoko Kamikawa,": title, comma, name. */
    private static boolean named(ArticleSentence s, TitleBlock block, Segment nameSeg) {
        if (nameSeg == null || !nameSeg.isNameLike()) {
            return false;
        }
        List<Token> ts = s.tokens;
        Segment last = block.ofAffil() != null ? block.ofAffil() : block.last();
        if (nameSeg.t0 == last.t1) {
            return true;
        }
        return nameSeg.t0 == last.t1 + 1 && ts.get(last.t1).text.equals(",") && block.first().title.role()
                && (nameSeg.t1 >= ts.size() || ts.get(nameSeg.t1).text.equals(",") || ts.get(nameSeg.t1).is("and"));
    }

    private void addCandidate(ArticleSentence s, Segment affil, TitleBlock block, Segment nameSeg) {
        PersonCandidate c = candidate(s, (affil != null ? affil : block.first()).t0, block, nameSeg);
        Segment af = affil != null ? affil : block.ofAffil();
        if (af != null) {
            c.affil = gazetteer.emitEntity(s, af, true);
        }
        doc.personCandidates.add(c);
    }

    /** The person of a title phrase starting at token t0, with the first role among its titles. */
    private PersonCandidate candidate(ArticleSentence s, int t0, TitleBlock block, Segment nameSeg) {
        PersonCandidate c = new PersonCandidate(s, t0, nameSeg, doc.entities);
        c.titled = true;
        for (Segment x : block.titles()) {
            if (x.title.role() && c.role == null) {
                c.role = x.title;
            }
        }
        // "Secretary" alone is a form of address, not a role
        if (c.role != null && c.role.kind().equals("headrole")) {
            c.role = null;
        }
        return c;
    }

    /** "the War Secretary", "the minister": a reference; "as prime minister", "became foreign minister": a late role. */
    private void titleWithoutName(ArticleSentence s, Segment affil, TitleBlock block) {
        List<Token> ts = s.tokens;
        Segment t0 = block.first();
        Segment tl = block.last();
        boolean the = t0.t0 > 0 && (ts.get(t0.t0 - 1).is("the") || affil != null && affil.t0 > 0 && ts.get(affil.t0 - 1).is("the"));
        int before = (affil != null ? affil.t0 : t0.t0) - 1;
        if (before >= 0 && (ts.get(before).is("as") || ts.get(before).is("became") || ts.get(before).is("becomes")
                || ts.get(before).is("new")) && t0.title.role() && !t0.title.kind().equals("headrole")) {
            doc.lateRoles.add(new LateRole(s, before, t0.title, affil == null ? null : doc.entities.fromHit(affil.hit)));
        } else if (the || affil != null) {
            String surface = s.span(t0.t0, tl.t1);
            doc.titleReferences.add(new TitleReference(s, affil != null ? affil.t0 : t0.t0, tl.t1, TitleKeys.of(surface),
                    surface, affil == null ? null : doc.entities.fromHit(affil.hit), !t0.lower));
        }
    }
}
