package dev.newsgraph.extract.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The features of the labels before a token, as OpenNLP's name context generator adds them to every token: the
 * previous label, the one before it, and the previous label with the token and with its word class. The weights of
 * those that do not name the token itself are kept per label, so the fast tagger builds one string here, not four.
 * For one finder (one thread).
 */
final class LabelFeatures {

    private static final String OTHER = "other";

    private final FeatureWeights weights;
    private final Map<String, double[]> previous = new HashMap<>();
    private final Map<String, double[]> beforePrevious = new HashMap<>();
    private final Map<String, Map<String, double[]>> previousAndClass = new HashMap<>();

    LabelFeatures(FeatureWeights weights) {
        this.weights = weights;
    }

    /** The four features as strings. */
    static void strings(String[] tokens, int i, String[] before, List<String> out) {
        String po = i > 0 ? before[i - 1] : OTHER;
        out.add("po=" + po);
        out.add("pow=" + po + "," + tokens[i]);
        out.add("powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(tokens[i]));
        out.add("ppo=" + (i > 1 ? before[i - 2] : OTHER));
    }

    /** Adds their weights to the scores; {@code tokenClass} is token i's word class. */
    void add(String[] tokens, int i, String[] before, String tokenClass, double[] scores) {
        String po = i > 0 ? before[i - 1] : OTHER;
        String ppo = i > 1 ? before[i - 2] : OTHER;
        FeatureWeights.addRun(previous.computeIfAbsent(po, l -> of("po=" + l)), 0, scores);
        FeatureWeights.addRun(beforePrevious.computeIfAbsent(ppo, l -> of("ppo=" + l)), 0, scores);
        FeatureWeights.addRun(previousAndClass.computeIfAbsent(po, l -> new HashMap<>())
                .computeIfAbsent(tokenClass, c -> of("powf=" + po + "," + c)), 0, scores);
        weights.add("pow=" + po + "," + tokens[i], scores);
    }

    private double[] of(String feature) {
        double[] w = new double[weights.outcomeCount()];
        weights.add(feature, w);
        return w;
    }
}
