package dev.newsgraph.extract.ner;

import java.util.List;

/**
 * A feature generator whose features divide into those of one word at a fixed distance from the token being tagged
 * (its identity, class, shape, list memberships) and the rest (pairs of words, phrases, where the token stands).
 * Together they are exactly what {@code createFeatures} gives. The fast tagger adds up the weights of a word's own
 * features once per word and distance, and builds only the rest token by token.
 */
interface SplitFeatures {

    /** The nearest and farthest distance, from -{@value #REACH} to +{@value #REACH}, at which a word has features. */
    int REACH = 2;

    /** The features that {@code word} gives the token at {@code offset} from it (-2..2; 0 is the token itself). */
    void wordFeatures(String word, int offset, List<String> out);

    /** The features of token {@code index} that depend on more than one word or on its place in the sentence. */
    void contextFeatures(String[] tokens, int index, List<String> out);
}
