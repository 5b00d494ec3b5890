package dev.newsgraph.extract.ner;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The pairs of a token and each neighbour, as words and as word classes: the strings of OpenNLP's
 * {@code BigramNameFeatureGenerator}, in its order, with each word's class computed once per sentence.
 */
public final class WordBigramFeatures implements AdaptiveFeatureGenerator {

    private final TokenClasses words = new TokenClasses();

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        TokenClasses w = words.of(tokens);
        if (index > 0) {
            features.add("pw,w=" + tokens[index - 1] + "," + tokens[index]);
            features.add("pwc,wc=" + w.classOf(index - 1) + "," + w.classOf(index));
        }
        if (index + 1 < tokens.length) {
            features.add("w,nw=" + tokens[index] + "," + tokens[index + 1]);
            features.add("wc,nc=" + w.classOf(index) + "," + w.classOf(index + 1));
        }
    }

    /** {@code <generator class="...WordBigramFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new WordBigramFeatures();
        }
    }
}
