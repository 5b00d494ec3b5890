package dev.newsgraph.extract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The name finder's greedy decoding (the model is trained for beam size 1), with the same features, weights and
 * choices as OpenNLP's {@code NameFinderME}, made cheaper: the weights of each word's own features come summed from
 * {@link WordScores}, so only the features of word pairs, phrases, the sentence and the labels so far are built as
 * strings token by token. For one article at a time, on one thread (its generators keep the article's labels).
 */
final class GreedyNameFinder {

    /** What NameFinderME adds to the model's generators: the caller's per-token context in a window of 8. */
    private static final int CONTEXT_WINDOW = 8;
    private static final String OTHER = "other";

    private final FeatureWeights weights;
    private final WordScores wordScores;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final AdaptiveFeatureGenerator all;
    private final List<SplitFeatures> split = new ArrayList<>();
    private final List<AdaptiveFeatureGenerator> contextual = new ArrayList<>();
    private final AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
    private final List<String> features = new ArrayList<>();

    private GreedyNameFinder(FeatureWeights weights, WordScores wordScores, TokenNameFinderModel model,
            AggregatedFeatureGenerator generators) {
        this.weights = weights;
        this.wordScores = wordScores;
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.all = generators;
        for (AdaptiveFeatureGenerator g : generators.getGenerators()) {
            if (g instanceof SplitFeatures s) {
                split.add(s);
            } else if (!isOneWords(g)) {
                contextual.add(g);
            }
        }
        contextual.add(new WindowFeatureGenerator(additional, CONTEXT_WINDOW, CONTEXT_WINDOW));
    }

    /**
     * A finder for the model, or null when the model's feature generators are not all ones this class knows how to
     * split (then OpenNLP's NameFinderME, which is slower, decodes it).
     */
    static GreedyNameFinder of(FeatureWeights weights, WordScores wordScores, TokenNameFinderModel model) {
        AdaptiveFeatureGenerator g = model.getFactory().createFeatureGenerators();
        if (!(g instanceof AggregatedFeatureGenerator generators) || !supported(generators)) {
            return null;
        }
        return new GreedyNameFinder(weights, wordScores, model, generators);
    }

    /** Whether every generator's features are either known to be one word's or computed token by token. */
    static boolean supported(AggregatedFeatureGenerator generators) {
        for (AdaptiveFeatureGenerator g : generators.getGenerators()) {
            boolean known = g instanceof SplitFeatures || isOneWords(g) || g instanceof PreviousMapFeatureGenerator
                    || g instanceof SentenceFeatureGenerator || g instanceof WordBigramFeatures;
            if (!known) {
                return false;
            }
        }
        return true;
    }

    /** OpenNLP generators whose features read the token itself and nothing else. */
    static boolean isOneWords(AdaptiveFeatureGenerator g) {
        return g instanceof PrefixFeatureGenerator || g instanceof SuffixFeatureGenerator
                || g instanceof OutcomePriorFeatureGenerator;
    }

    /** The word parts of a model's generators, as {@link WordScores} reads them; thread-safe (they keep no state). */
    static WordScores.WordFeatureSource wordParts(TokenNameFinderModel model) {
        AggregatedFeatureGenerator generators = (AggregatedFeatureGenerator) model.getFactory().createFeatureGenerators();
        List<AdaptiveFeatureGenerator> parts = List.copyOf(generators.getGenerators());
        return (word, offset, out) -> {
            for (AdaptiveFeatureGenerator g : parts) {
                if (g instanceof SplitFeatures s) {
                    s.wordFeatures(word, offset, out);
                } else if (offset == 0 && isOneWords(g)) {
                    g.createFeatures(out, new String[] {word}, 0, null);
                }
            }
        };
    }

    /** The names in one sentence and the mean probability of each, as NameFinderME's find and probs give them. */
    Span[] find(String[] tokens, String[][] context, double[] probsOut) {
        additional.setCurrentContext(context);
        String[] labels = new String[tokens.length];
        double[] probs = new double[tokens.length];
        double[] scores = new double[weights.outcomeCount()];
        for (int i = 0; i < tokens.length; i++) {
            String[] before = Arrays.copyOf(labels, i); // what OpenNLP's generators and validator are given
            score(tokens, i, before, scores);
            int best = bestValid(tokens, i, before, scores);
            labels[i] = weights.outcome(best);
            probs[i] = scores[best];
        }
        all.updateAdaptiveData(tokens, labels);
        Span[] spans = codec.decode(Arrays.asList(labels));
        for (int s = 0; s < spans.length && s < probsOut.length; s++) {
            double p = 0;
            for (int i = spans[s].getStart(); i < spans[s].getEnd(); i++) {
                p += probs[i];
            }
            probsOut[s] = p / spans[s].length();
        }
        return spans;
    }

    void clearAdaptiveData() {
        all.clearAdaptiveData();
    }

    /** The probability of each label for token i, given the labels before it. */
    private void score(String[] tokens, int i, String[] before, double[] scores) {
        Arrays.fill(scores, 0);
        for (int k = -SplitFeatures.REACH; k <= SplitFeatures.REACH; k++) {
            if (i + k >= 0 && i + k < tokens.length) {
                wordScores.add(tokens[i + k], k, scores);
            }
        }
        contextFeatures(tokens, i, before);
        for (String f : features) {
            weights.add(f, scores);
        }
        FeatureWeights.normalise(scores);
    }

    /**
     * Every feature of token i as strings, the words' own ones included: what OpenNLP's name context generator gives
     * (in another order). For tests; tagging adds the words' weights from {@link WordScores} instead.
     */
    List<String> allFeatures(String[] tokens, int i, String[] before, String[][] context,
            WordScores.WordFeatureSource wordParts) {
        additional.setCurrentContext(context);
        List<String> out = new ArrayList<>();
        for (int k = -SplitFeatures.REACH; k <= SplitFeatures.REACH; k++) {
            if (i + k >= 0 && i + k < tokens.length) {
                wordParts.wordFeatures(tokens[i + k], k, out);
            }
        }
        contextFeatures(tokens, i, before);
        out.addAll(features);
        return out;
    }

    /** Fills {@link #features} with the features of token i that are not one word's. */
    private void contextFeatures(String[] tokens, int i, String[] before) {
        features.clear();
        for (AdaptiveFeatureGenerator g : contextual) {
            g.createFeatures(features, tokens, i, before);
        }
        for (SplitFeatures s : split) {
            s.contextFeatures(tokens, i, features);
        }
        // the labels so far, as OpenNLP's name context generator adds them
        String previous = i > 0 ? before[i - 1] : OTHER;
        features.add("po=" + previous);
        features.add("pow=" + previous + "," + tokens[i]);
        features.add("powf=" + previous + "," + opennlp.tools.util.featuregen.FeatureGeneratorUtil.tokenFeature(tokens[i]));
        features.add("ppo=" + (i > 1 ? before[i - 2] : OTHER));
    }

    /** The most probable label the labels so far allow (BILOU: an I or L only inside a name of its type). */
    private int bestValid(String[] tokens, int i, String[] before, double[] scores) {
        int best = -1;
        for (int o = 0; o < scores.length; o++) {
            if ((best < 0 || scores[o] > scores[best]) && validator.validSequence(i, tokens, before, weights.outcome(o))) {
                best = o;
            }
        }
        return best;
    }
}
