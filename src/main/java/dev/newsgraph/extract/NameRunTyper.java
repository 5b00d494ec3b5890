package dev.newsgraph.extract;

import java.util.List;

/**
 * What a name run names, from its own words and the words around it in the sentence: an agreement, organization,
 * place or event by its head noun ("... Treaty", "... Council", "... Sea", "... Summit"), an organization after a
 * descriptor ("the Swedish company Saab"), a person by a given name, a speech verb, "counterpart" or an
 * appositive title. Null when the run names nothing the extractor keeps.
 */
final class NameRunTyper {

    private final Lexicon lex;
    private final PhraseMatcher matcher;

    NameRunTyper(Lexicon lex) {
        this.lex = lex;
        this.matcher = new PhraseMatcher(lex);
    }

    EntityType type(ArticleSentence s, NameRun r) {
        if (r.length() >= 2 && s.token(r.t1 - 1).lower.equals("conduct") && !r.text().contains("Code of")) {
            return null; // "conduct" names an agreement only as a "Code of Conduct"
        }
        EntityType byHead = byHead(s, r);
        if (byHead != null) {
            return byHead;
        }
        List<Token> ts = s.tokens;
        int len = r.length();
        if (len < 2 || len > 4) {
            return null;
        }
        for (int i = r.t0; i < r.t1; i++) {
            Token t = ts.get(i);
            if (t.allCaps() && t.text.length() > 3 || t.lower.equals("of") || t.lower.equals("for")) {
                return null;
            }
        }
        boolean given = lex.givenNames.contains(ts.get(r.t0).text) && !PersonNames.PARTICLES.contains(ts.get(r.t0).lower);
        if (given) {
            return EntityType.PERSON;
        }
        if (PlaceContext.afterLocative(s, r.t0)) {
            return null; // "in La Paz on Friday": a place the gazetteers do not know, not a person
        }
        return personByContext(s, r) ? EntityType.PERSON : null;
    }

    /** The head noun at the end of the run, or an organization descriptor before it. */
    private static EntityType byHead(ArticleSentence s, NameRun r) {
        List<Token> ts = s.tokens;
        String last = ts.get(r.t1 - 1).lower;
        boolean multi = r.length() >= 2;
        if (multi && WordClasses.AGREEMENT_HEADS.contains(last)) {
            return EntityType.AGREEMENT;
        }
        if (multi && WordClasses.ORG_HEADS.contains(last)) {
            return EntityType.ORGANIZATION;
        }
        if (multi && WordClasses.PLACE_HEADS.contains(last)) {
            return EntityType.PLACE;
        }
        if (multi && WordClasses.EVENT_HEADS.contains(last)) {
            return EntityType.EVENT;
        }
        // preceded by an organization descriptor: "the Swedish company Saab"
        int p = r.t0 - 1;
        if (p >= 0 && WordClasses.ORG_DESCRIPTORS.contains(ts.get(p).lower)) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    /** "..., Peskov said", "said Jane Doe", "his Iranian counterpart, X", "Jane Doe, the foreign minister". */
    private boolean personByContext(ArticleSentence s, NameRun r) {
        List<Token> ts = s.tokens;
        int a = r.t1;
        if (a < ts.size() && ts.get(a).text.equals(",")) {
            a++;
        }
        if (a < ts.size() && WordClasses.SPEECH.contains(ts.get(a).lower)
                || r.t0 > 0 && WordClasses.SPEECH.contains(ts.get(r.t0 - 1).lower)) {
            return true;
        }
        int c = r.t0 - 1;
        if (c >= 0 && ts.get(c).text.equals(",")) {
            c--;
        }
        if (c >= 0 && ts.get(c).lower.startsWith("counterpart")) {
            return true;
        }
        if (r.t1 + 1 < ts.size() && ts.get(r.t1).text.equals(",")) {
            int b = r.t1 + 1;
            if (ts.get(b).is("the") || ts.get(b).is("a")) {
                b++;
            }
            for (int q = b; q < Math.min(ts.size(), b + 3); q++) {
                PhraseMatcher.Match m = matcher.titleAt(ts, q);
                if (m.found() && matcher.titleOf(m).role()) {
                    return true;
                }
            }
        }
        return false;
    }
}
