package dev.newsgraph.extract.ner;

import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The word class ("ic", "ac", "num"...; OpenNLP's) and lower-case form of each token of the sentence a feature
 * generator is working on, computed once per sentence: generators are called token by token and look at the
 * neighbours too.
 */
final class TokenClasses {

    private String[] tokens;
    private String[] classes;
    private String[] lower;

    /** Makes the arrays for this sentence unless they are already for it (same array). */
    TokenClasses of(String[] sentence) {
        if (sentence != tokens) {
            classes = new String[sentence.length];
            lower = new String[sentence.length];
            for (int i = 0; i < sentence.length; i++) {
                classes[i] = FeatureGeneratorUtil.tokenFeature(sentence[i]);
                lower[i] = StringUtil.toLowerCase(sentence[i]);
            }
            tokens = sentence;
        }
        return this;
    }

    String classOf(int i) {
        return classes[i];
    }

    String lowerOf(int i) {
        return lower[i];
    }
}
