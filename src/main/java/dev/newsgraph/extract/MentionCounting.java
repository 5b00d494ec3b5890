package dev.newsgraph.extract;

/**
 * Stage: what the counted mentions (not references) give their entities: the count, the surface as an alias,
 * the first offset (which orders the output), and where each one is ({@link MentionSpan}).
 */
final class MentionCounting {

    private final ArticleDocument doc;

    MentionCounting(ArticleDocument doc) {
        this.doc = doc;
    }

    void count() {
        doc.sentences.forEach(s -> s.mentions.stream().filter(m -> !m.ref).forEach(m -> count(s, m)));
    }

    private static void count(ArticleSentence s, Mention m) {
        Entity e = m.entity;
        e.mentions++;
        String surf = m.surface;
        boolean article = surf.startsWith("the ") || surf.startsWith("The ");
        e.aliases.add(article ? surf.substring(4) : surf);
        e.first = Math.min(e.first, s.token(m.t0).start);
        e.spans.add(span(s, m));
    }

    /** The surface's characters in the input, without a leading "the" (as in the alias). */
    private static MentionSpan span(ArticleSentence s, Mention m) {
        int start = s.token(m.surfaceT0).start;
        int end = s.token(m.surfaceT1 - 1).end;
        String text = s.text.substring(start - s.start, end - s.start);
        if (text.startsWith("the ") || text.startsWith("The ")) {
            start += 4;
            text = text.substring(4);
        }
        MentionSpan.Kind kind = m.how == Lexicon.How.DEMONYM ? MentionSpan.Kind.DEMONYM
                : m.state ? MentionSpan.Kind.STATE : MentionSpan.Kind.NAME;
        return new MentionSpan(start, end, text, s.index, kind);
    }
}
