package dev.newsgraph.extract.ner;

import java.util.List;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The word and word-class features of the words around a token, the same strings OpenNLP's
 * {@code WindowFeatureGenerator} gives over {@code TokenClassFeatureGenerator} (with the word-and-class feature) and
 * {@code TokenFeatureGenerator} (lower case), in the same order, so a model trained with either reads both. It
 * lower-cases and classifies each word of a sentence once instead of once per window position: those two steps
 * were a fifth of extraction time.
 */
public final class WordWindowFeatures implements AdaptiveFeatureGenerator, SplitFeatures {

    private final int prev;
    private final int next;
    private final TokenClasses words = new TokenClasses();
    /** Per token of the last sentence: "wc=...", "w&c=...", "w=..." (the generator is called token by token). */
    private String[] lastTokens;
    private String[] classFeature;
    private String[] wordAndClassFeature;
    private String[] wordFeature;

    public WordWindowFeatures(int prev, int next) {
        this.prev = prev;
        this.next = next;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        prepare(tokens);
        features.add(classFeature[index]);
        features.add(wordAndClassFeature[index]);
        window(features, tokens.length, index, classFeature, wordAndClassFeature);
        features.add(wordFeature[index]);
        window(features, tokens.length, index, wordFeature, null);
    }

    @Override
    public void wordFeatures(String word, int offset, List<String> out) {
        int distance = Math.abs(offset);
        if (distance > (offset < 0 ? prev : next)) {
            return;
        }
        String wordClass = opennlp.tools.util.featuregen.FeatureGeneratorUtil.tokenFeature(word);
        String lower = opennlp.tools.util.StringUtil.toLowerCase(word);
        String at = offset == 0 ? "" : (offset < 0 ? "p" : "n") + distance;
        out.add(at + "wc=" + wordClass);
        out.add(at + "w&c=" + lower + "," + wordClass);
        out.add(at + "w=" + lower);
    }

    @Override
    public void contextFeatures(String[] tokens, int index, List<String> out) {
        // every feature here is one word's
    }

    private void window(List<String> features, int length, int index, String[] first, String[] second) {
        for (int i = 1; i <= prev && index - i >= 0; i++) {
            features.add("p" + i + first[index - i]);
            if (second != null) {
                features.add("p" + i + second[index - i]);
            }
        }
        for (int i = 1; i <= next && index + i < length; i++) {
            features.add("n" + i + first[index + i]);
            if (second != null) {
                features.add("n" + i + second[index + i]);
            }
        }
    }

    private void prepare(String[] tokens) {
        if (tokens == lastTokens) {
            return;
        }
        TokenClasses w = words.of(tokens);
        classFeature = new String[tokens.length];
        wordAndClassFeature = new String[tokens.length];
        wordFeature = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            classFeature[i] = "wc=" + w.classOf(i);
            wordAndClassFeature[i] = "w&c=" + w.lowerOf(i) + "," + w.classOf(i);
            wordFeature[i] = "w=" + w.lowerOf(i);
        }
        lastTokens = tokens;
    }

    /** {@code <generator class="...WordWindowFeatures$Factory"><int name="prevLength">2</int>...}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            return new WordWindowFeatures(getInt("prevLength", 2), getInt("nextLength", 2));
        }
    }
}
