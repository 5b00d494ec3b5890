package dev.newsgraph.extract;

/**
 * Stage: what the counted mentions (not references) give their entities: the count, the surface as an alias,
 * and the first offset (which orders the output).
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
    }
}
