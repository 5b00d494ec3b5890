package dev.newsgraph.extract;

/** A first-pass piece of a sentence: a gazetteer phrase, a title, or a run of capitalised name words. */
final class Segment {

    enum Kind {
        GAZETTEER, TITLE, NAME
    }

    final Kind kind;
    int t0;
    int t1;
    /** Gazetteer segments: the chosen hit. */
    Lexicon.Hit hit;
    /** Title segments: the title, and whether it was written in lower case. */
    Lexicon.TitleDef title;
    boolean lower;
    /** Title segments: a plural ("co-leaders"), which names several people at once. */
    boolean plural;

    Segment(Kind kind, int t0, int t1) {
        this.kind = kind;
        this.t0 = t0;
        this.t1 = t1;
    }

    /** A country or organization from the gazetteers: what a title can be "of". */
    boolean isAffiliation() {
        return kind == Kind.GAZETTEER && (hit.type() == EntityType.COUNTRY || hit.type() == EntityType.ORGANIZATION);
    }

    /** A name run, or a known person from the gazetteers. */
    boolean isNameLike() {
        return kind == Kind.NAME || kind == Kind.GAZETTEER && hit.type() == EntityType.PERSON;
    }
}
