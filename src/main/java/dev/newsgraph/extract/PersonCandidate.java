package dev.newsgraph.extract;

/** A person phrase read by mention detection: [affiliation] title(s) name, or "name, the title of X". */
final class PersonCandidate {
    final ArticleSentence sentence;
    /** The whole phrase [t0, t1) and the name inside it [n0, n1). */
    final int t0;
    final int t1;
    final int n0;
    final int n1;
    final String name;
    /** A known office holder from the gazetteers. */
    final Entity known;
    /** Titles stand before the name (not "name, the title"). */
    boolean titled;
    /** The office, if one of the titles is a role; null for ranks, honorifics and "Secretary" alone. */
    Lexicon.TitleDef role;
    Entity affil;

    /** The phrase from token t0 to the end of the name segment; a gazetteer name is a known office holder. */
    PersonCandidate(ArticleSentence s, int t0, Segment name, EntityRegistry entities) {
        this.sentence = s;
        this.t0 = t0;
        this.t1 = name.t1;
        this.n0 = name.t0;
        this.n1 = name.t1;
        this.name = s.span(name.t0, name.t1);
        this.known = name.kind == Segment.Kind.GAZETTEER ? entities.person(name.hit.key()) : null;
    }
}
