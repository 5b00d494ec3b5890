package dev.newsgraph.extract;

/** A stretch of tokens [t0, t1) of one sentence that denotes an entity. */
final class Mention {
    final ArticleSentence sentence;
    final int t0;
    final int t1;
    final Entity entity;
    /** The words that name the entity: for "President Xi Jinping" the name alone, "Xi Jinping". */
    String surface;
    /** Tokens of the surface, [surfaceT0, surfaceT1): where the mention's {@link MentionSpan} is. */
    int surfaceT0;
    int surfaceT1;
    final Lexicon.How how;
    /** A modifier inside a larger mention (the "Chinese" of "Chinese President Xi"): not an actor of its own. */
    boolean inner;
    /** A pronoun or description resolved by context: not counted, no alias. */
    boolean ref;
    /** A country's name read as its state, government or team acting (set by {@link StateReadings}). */
    boolean state;
    double conf = 1.0;

    Mention(ArticleSentence sentence, int t0, int t1, Entity entity, Lexicon.How how, boolean inner) {
        this.sentence = sentence;
        this.t0 = t0;
        this.t1 = t1;
        this.entity = entity;
        this.how = how;
        this.inner = inner;
        nameOnly(t0, t1);
    }

    /** The surface: the whole mention, or the name part only when it also covers a title or affiliation before it. */
    void nameOnly(int n0, int n1) {
        surface = sentence.span(n0, n1);
        surfaceT0 = n0;
        surfaceT1 = n1;
    }

    /** A person, country or organization acting in its own right (not a modifier inside another mention). */
    boolean isActor() {
        return !inner && (entity.type == EntityType.PERSON || entity.type == EntityType.COUNTRY
                || entity.type == EntityType.ORGANIZATION);
    }
}
