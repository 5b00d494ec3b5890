package dev.newsgraph.extract;

import java.util.List;

import dev.newsgraph.extract.Lexicon.How;

/** Reads a title in apposition: "Yoko Kamikawa, the Japanese foreign minister," / "Brian Deese, director of the NEC". */
final class AppositiveReader {

    /** The affiliation found after the title, and how many segments the appositive has used up to there. */
    private record Affiliation(Entity entity, int used) {
    }

    private final ArticleDocument doc;
    private final GazetteerMentions gazetteer;
    private final AcronymDefinitions acronyms;

    AppositiveReader(ArticleDocument doc, GazetteerMentions gazetteer, AcronymDefinitions acronyms) {
        this.doc = doc;
        this.gazetteer = gazetteer;
        this.acronyms = acronyms;
    }

    /** What an appositive says: the role, what it is of (or null), and the segments it used from the name on. */
    record Appositive(Lexicon.TitleDef role, Entity affiliation, int used) {
    }

    /** Reads the appositive after the name segment k (followed by a comma); returns the segments used, 0 for none. */
    int read(ArticleSentence s, List<Segment> segs, int k) {
        Appositive a = parse(s, segs, k);
        if (a == null) {
            return 0;
        }
        PersonCandidate c = new PersonCandidate(s, segs.get(k).t0, segs.get(k), doc.entities);
        c.role = a.role();
        c.affil = a.affiliation();
        doc.personCandidates.add(c);
        return a.used();
    }

    /** The appositive title after the name segment k (followed by a comma), or null when there is none. */
    Appositive parse(ArticleSentence s, List<Segment> segs, int k) {
        List<Token> ts = s.tokens;
        Segment name = segs.get(k);
        if (name.kind == Segment.Kind.NAME && (name.t1 - name.t0 > 7 || !ts.get(name.t0).cap())) {
            return null;
        }
        int p = name.t1 + 1;
        int q = k + 1;
        if (p < ts.size() && (ts.get(p).is("the") || ts.get(p).is("a") || ts.get(p).is("an"))) {
            p++;
        }
        Segment affil = null;
        if (q < segs.size() && segs.get(q).t0 == p && segs.get(q).isAffiliation()) {
            affil = segs.get(q);
            p = affil.t1;
            q++;
            if (p < ts.size() && ts.get(p).text.equals("'s")) {
                p++;
            }
        }
        if (p < ts.size() && (ts.get(p).is("then") || ts.get(p).is("former") || ts.get(p).is("acting"))) {
            p++;
        }
        if (q >= segs.size() || segs.get(q).t0 != p || segs.get(q).kind != Segment.Kind.TITLE || !segs.get(q).title.role()
                || segs.get(q).plural) {
            return null;
        }
        Segment title = segs.get(q);
        int used = q - k + 1;
        int end = title.t1;
        while (k + used < segs.size() && segs.get(k + used).kind == Segment.Kind.TITLE && segs.get(k + used).t0 == end) {
            end = segs.get(k + used).t1;
            used++;
        }
        // "in California, President Joe Biden said": the title belongs to the name after it
        if (k + used < segs.size() && segs.get(k + used).isNameLike() && segs.get(k + used).t0 == end) {
            return null;
        }
        if (name.kind == Segment.Kind.NAME && PlaceContext.afterLocative(s, name.t0)) {
            return null;
        }
        Affiliation a = new Affiliation(affil == null ? null : gazetteer.emitEntity(s, affil, false), used);
        if (a.entity() == null && end < ts.size() && ts.get(end).is("of")) {
            a = ofAffiliation(s, segs, k + used, end, used);
        }
        return new Appositive(title.title, a.entity(), a.used());
    }

    /** "of [the] X['s] [Org Name]" after the title, starting at segment qq; token {@code end} is the "of". */
    private Affiliation ofAffiliation(ArticleSentence s, List<Segment> segs, int qq, int end, int used) {
        List<Token> ts = s.tokens;
        int r = end + 1;
        if (r < ts.size() && ts.get(r).is("the")) {
            r++;
        }
        if (qq >= segs.size() || segs.get(qq).t0 != r) {
            return new Affiliation(null, used);
        }
        Segment x = segs.get(qq);
        if (x.isAffiliation()) {
            Entity affil = gazetteer.emitEntity(s, x, false);
            int r2 = x.t1;
            if (r2 < ts.size() && ts.get(r2).text.equals("'s") && qq + 1 < segs.size() && segs.get(qq + 1).kind == Segment.Kind.NAME
                    && segs.get(qq + 1).t0 == r2 + 1) {
                Segment org = segs.get(qq + 1);
                if (WordClasses.ORG_HEADS.contains(ts.get(org.t1 - 1).lower)) {
                    Entity named = doc.entities.organizationNamed(s.span(org.t0, org.t1));
                    s.addMention(org.t0, org.t1, named, How.NAME, false);
                    return new Affiliation(named, used + 2);
                }
            }
            return new Affiliation(affil, used + 1);
        }
        if (x.kind == Segment.Kind.NAME && WordClasses.ORG_HEADS.contains(ts.get(x.t1 - 1).lower)) {
            NameRun run = new NameRun(s, x);
            doc.nameRuns.add(run);
            String acr = AcronymDefinitions.acronymAfter(s, x);
            if (acr != null) {
                acronyms.define(s, x, acr);
                return new Affiliation(doc.acronymDefinitions.get(acr), used + 1);
            }
            return new Affiliation(doc.entities.organizationNamed(run.text()), used + 1);
        }
        return new Affiliation(null, used);
    }
}
