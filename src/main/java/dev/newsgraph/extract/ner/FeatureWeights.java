package dev.newsgraph.extract.ner;

import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The trained perceptron's weights in flat arrays, for the fast tagger: a feature's weights are one run of
 * (outcome, weight) pairs, found through an open-addressed table of the feature strings. Scores come out as OpenNLP's
 * perceptron gives them. Immutable and shared by all threads.
 */
final class FeatureWeights {

    private final String[] outcomes;
    private final String[] keys;
    private final int[] rowOfSlot;
    private final int[] start;
    private final byte[] outcomeOf;
    private final double[] weight;
    private final int mask;

    private FeatureWeights(String[] outcomes, Map<String, Context> features) {
        if (outcomes.length > Byte.MAX_VALUE) {
            throw new IllegalArgumentException(outcomes.length + " outcomes; at most " + Byte.MAX_VALUE);
        }
        this.outcomes = outcomes;
        int slots = Integer.highestOneBit(Math.max(2, features.size()) * 2) * 2; // at most half full
        mask = slots - 1;
        keys = new String[slots];
        rowOfSlot = new int[slots];
        start = new int[features.size() + 1];
        int pairs = 0;
        for (Context c : features.values()) {
            pairs += c.getOutcomes().length;
        }
        outcomeOf = new byte[pairs];
        weight = new double[pairs];
        int row = 0;
        int pair = 0;
        for (Map.Entry<String, Context> e : features.entrySet()) {
            int slot = spread(e.getKey().hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = e.getKey();
            rowOfSlot[slot] = row;
            start[row] = pair;
            int[] o = e.getValue().getOutcomes();
            double[] w = e.getValue().getParameters();
            for (int k = 0; k < o.length; k++) {
                outcomeOf[pair] = (byte) o[k];
                weight[pair++] = w[k];
            }
            row++;
        }
        start[row] = pair;
    }

    /** The weights of a trained perceptron (the name finder's model). */
    @SuppressWarnings("unchecked")
    static FeatureWeights of(AbstractModel perceptron) {
        Object[] data = perceptron.getDataStructures(); // parameters, feature map, outcome names
        return new FeatureWeights((String[]) data[2], (Map<String, Context>) data[1]);
    }

    int outcomeCount() {
        return outcomes.length;
    }

    String outcome(int index) {
        return outcomes[index];
    }

    /** Adds the feature's weights to the scores; a feature the model never saw adds nothing. */
    void add(String feature, double[] scores) {
        add(feature, scores, 0);
    }

    /** The same into the run of scores that starts at {@code from} (one outcome per element). */
    void add(String feature, double[] scores, int from) {
        for (int slot = spread(feature.hashCode()) & mask;; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return;
            }
            if (key.equals(feature)) {
                int row = rowOfSlot[slot];
                for (int p = start[row]; p < start[row + 1]; p++) {
                    scores[from + outcomeOf[p]] += weight[p];
                }
                return;
            }
        }
    }

    /** Adds the weights of every feature, in order, to the run of scores that starts at {@code from}. */
    void addAll(List<String> features, double[] scores, int from) {
        for (String f : features) {
            add(f, scores, from);
        }
    }

    /** Adds the run of summed weights that starts at {@code from} in {@code sums} to the scores. */
    static void addRun(double[] sums, int from, double[] scores) {
        for (int o = 0; o < scores.length; o++) {
            scores[o] += sums[from + o];
        }
    }

    /** Turns summed weights into probabilities as OpenNLP's perceptron does (scaled by the largest, then softmax). */
    static void normalise(double[] scores) {
        double largest = 1;
        for (double s : scores) {
            largest = Math.max(largest, StrictMath.abs(s));
        }
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = StrictMath.exp(scores[i] / largest);
            total += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= total;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
