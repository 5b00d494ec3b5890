package dev.newsgraph.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per word, the summed weights of the features that word gives a token at each distance (-2..2): most of a token's
 * features are one word's (its identity, class, affixes, shape, list memberships), and the same words come back in
 * every article, so their weights are added up once per word instead of once per token. Shared by all threads; it
 * keeps the first {@value #MAX_WORDS} words it sees (the frequent ones, in practice) and computes the others each
 * time.
 */
final class WordScores {

    private static final int MAX_WORDS = 20_000;
    private static final int DISTANCES = 2 * SplitFeatures.REACH + 1;

    private final FeatureWeights weights;
    /** Writes a word's own features at a distance (the generators' word parts), as the tagger's generators give them. */
    private final WordFeatureSource source;
    private final ConcurrentHashMap<String, double[]> byWord = new ConcurrentHashMap<>();

    /** The features one word gives at one distance. */
    interface WordFeatureSource {
        void wordFeatures(String word, int offset, List<String> out);
    }

    WordScores(FeatureWeights weights, WordFeatureSource source) {
        this.weights = weights;
        this.source = source;
    }

    /** Adds what {@code word} gives the token at {@code offset} from it to the scores. */
    void add(String word, int offset, double[] scores) {
        double[] all = byWord.get(word);
        if (all == null) {
            all = compute(word);
            if (byWord.size() < MAX_WORDS) {
                byWord.putIfAbsent(word, all);
            }
        }
        FeatureWeights.addRun(all, (offset + SplitFeatures.REACH) * scores.length, scores);
    }

    private double[] compute(String word) {
        int n = weights.outcomeCount();
        double[] all = new double[DISTANCES * n];
        List<String> features = new ArrayList<>();
        for (int offset = -SplitFeatures.REACH; offset <= SplitFeatures.REACH; offset++) {
            features.clear();
            source.wordFeatures(word, offset, features);
            weights.addAll(features, all, (offset + SplitFeatures.REACH) * n);
        }
        return all;
    }
}
