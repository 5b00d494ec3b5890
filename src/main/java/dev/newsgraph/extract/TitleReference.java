package dev.newsgraph.extract;

/** A title without a name ("the War Secretary", "the Chinese minister"): resolved later to the person holding it. */
record TitleReference(ArticleSentence sentence, int t0, int t1, String titleKey, String surface, Entity affil,
        boolean capital) {
}
