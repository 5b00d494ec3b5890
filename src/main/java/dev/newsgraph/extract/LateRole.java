package dev.newsgraph.extract;

/** A role given after the fact ("nominated Kim Min-seok, a lawmaker, as prime minister"): for the person before pos. */
record LateRole(ArticleSentence sentence, int pos, Lexicon.TitleDef title, Entity affil) {
}
