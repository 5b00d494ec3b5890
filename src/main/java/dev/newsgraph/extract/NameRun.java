package dev.newsgraph.extract;

/** A run of capitalised name words not found in the gazetteers: typed later, then resolved to an entity. */
final class NameRun {
    final ArticleSentence sentence;
    int t0;
    int t1;
    /** What the run names, from {@link NameRunTyper}; null when it names nothing the extractor keeps. */
    EntityType type;
    /**
     * Typed by what a lone word is or what is around it (an unknown acronym, "the company Saab", "X, who") firmly
     * enough that the tagger need not confirm it.
     */
    boolean firm;

    /** The run of a name segment. */
    NameRun(ArticleSentence sentence, Segment name) {
        this.sentence = sentence;
        this.t0 = name.t0;
        this.t1 = name.t1;
    }

    /** The run's words as written. */
    String text() {
        return sentence.span(t0, t1);
    }

    int length() {
        return t1 - t0;
    }
}
