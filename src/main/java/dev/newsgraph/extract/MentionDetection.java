package dev.newsgraph.extract;

import java.util.List;

/**
 * Stage: mentions of one sentence from its segments. Gazetteer phrases become mentions of their entities, person
 * phrases (title + name, name + appositive title) become person candidates, and the remaining name runs are
 * kept for typing and resolution; acronyms defined in brackets are registered.
 */
final class MentionDetection {

    private final ArticleDocument doc;
    private final Segmenter segmenter;
    private final GazetteerMentions gazetteer;
    private final AcronymDefinitions acronyms;
    private final PersonPhraseReader personPhrases;
    private final AppositiveReader appositives;

    MentionDetection(ArticleDocument doc) {
        this.doc = doc;
        PhraseMatcher matcher = new PhraseMatcher(doc.lexicon);
        this.segmenter = new Segmenter(matcher, new NameRunDetector(matcher));
        this.gazetteer = new GazetteerMentions(doc.entities);
        this.acronyms = new AcronymDefinitions(doc);
        this.personPhrases = new PersonPhraseReader(doc, gazetteer);
        this.appositives = new AppositiveReader(doc, gazetteer, acronyms);
    }

    void detect(ArticleSentence s) {
        List<Segment> segs = segmenter.segment(s);
        int k = 0;
        while (k < segs.size()) {
            k = read(s, segs, k);
        }
    }

    /**
     * "Rear Admiral Ali Shamkhani, the secretary of the council": a person phrase read from segment k up to
     * {@code next} whose titles hold no role (a rank, an honorific) takes the role of an appositive after its name.
     * Returns the next segment to read.
     */
    private int withAppositiveRole(ArticleSentence s, List<Segment> segs, int k, int next) {
        if (doc.personCandidates.isEmpty() || next <= k + 1) {
            return next;
        }
        PersonCandidate person = doc.personCandidates.get(doc.personCandidates.size() - 1);
        Segment name = segs.get(next - 1);
        if (person.sentence != s || person.role != null || person.n0 != name.t0 || person.n1 != name.t1
                || name.t1 >= s.size() || !s.token(name.t1).text.equals(",")) {
            return next;
        }
        AppositiveReader.Appositive appositive = appositives.parse(s, segs, next - 1);
        if (appositive == null) {
            return next;
        }
        person.role = appositive.role();
        if (person.affil == null) {
            person.affil = appositive.affiliation();
        }
        return next - 1 + appositive.used();
    }

    /** Reads the segment k (and any it belongs with); returns the next segment to read. */
    private int read(ArticleSentence s, List<Segment> segs, int k) {
        Segment g = segs.get(k);
        if (g.kind == Segment.Kind.TITLE || g.isAffiliation() && k + 1 < segs.size()) {
            return withAppositiveRole(s, segs, k, personPhrases.read(s, segs, k));
        }
        if (g.kind == Segment.Kind.NAME && g.t1 - g.t0 == 1 && s.token(g.t0).allCaps() && s.token(g.t0).text.length() >= 2) {
            int next = personPhrases.readAfterAcronym(s, segs, k); // "CDU leader Jonas Brandt"
            if (next > k) {
                return next;
            }
        }
        if (g.isNameLike() && g.t1 < s.size() && s.token(g.t1).text.equals(",")) {
            int used = appositives.read(s, segs, k);
            if (used > 0) {
                return k + used;
            }
        }
        if (g.kind == Segment.Kind.GAZETTEER) {
            gazetteer.emit(s, g, false);
        } else if (g.kind == Segment.Kind.NAME) {
            doc.nameRuns.add(new NameRun(s, g));
            String acr = AcronymDefinitions.acronymAfter(s, g);
            if (acr != null && g.t1 - g.t0 >= 2) {
                acronyms.define(s, g, acr);
            }
        }
        return k + 1;
    }
}
