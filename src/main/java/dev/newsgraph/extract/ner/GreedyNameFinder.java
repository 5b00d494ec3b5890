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
final class GreedyNameFinder implements NameTagger.Finder {

    /** What NameFinderME adds to the model's generators: the caller's per-token context in a window of 8. */
    private static final int CONTEXT_WINDOW = 8;

    private final FeatureWeights weights;
    private final WordScores wordScores;
    private final SequenceCodec<String> codec;
    private final SequenceValidator<String> validator;
    private final AdaptiveFeatureGenerator all;
    private final List<SplitFeatures> split = new ArrayList<>();
    private final List<AdaptiveFeatureGenerator> contextual = new ArrayList<>();
    private final AdditionalContextFeatureGenerator additional = new AdditionalContextFeatureGenerator();
    /** The caller's per-token context in a window of 8, as NameFinderME adds it to the model's generators. */
    private final WindowFeatureGenerator contextWindow = new WindowFeatureGenerator(additional, CONTEXT_WINDOW,
            CONTEXT_WINDOW);
    /** Per context feature ("dname"), the summed weights of its window features at each distance -8..8. */
    private final java.util.Map<String, double[]> contextScores = new java.util.HashMap<>();
    private String[][] context;
    /** The word class of each token of the sentence being tagged. */
    private String[] classes;
    private final LabelFeatures labelFeatures;
    private final List<String> features = new ArrayList<>();

    private GreedyNameFinder(FeatureWeights weights, WordScores wordScores, TokenNameFinderModel model,
            AggregatedFeatureGenerator generators) {
        this.weights = weights;
        this.wordScores = wordScores;
        this.codec = model.getFactory().createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.all = generators;
        this.labelFeatures = new LabelFeatures(weights);
        for (AdaptiveFeatureGenerator g : generators.getGenerators()) {
            if (g instanceof SplitFeatures s) {
                split.add(s);
            } else if (!isOneWords(g)) {
                contextual.add(g);
            }
        }
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
    @Override
    public Span[] find(String[] tokens, String[][] context, double[] probsOut) {
        this.context = context;
        classes = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            classes[i] = opennlp.tools.util.featuregen.FeatureGeneratorUtil.tokenFeature(tokens[i]);
        }
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

    @Override
    public void clearAdaptiveData() {
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
        addContextWindow(tokens.length, i, scores);
        labelFeatures.add(tokens, i, before, classes[i], scores);
        contextFeatures(tokens, i, before);
        weights.addAll(features, scores, 0);
        FeatureWeights.normalise(scores);
    }

    /** Adds the weights of the caller's context features of the tokens within 8 of token i. */
    private void addContextWindow(int length, int i, double[] scores) {
        if (context == null || context.length == 0) {
            return;
        }
        int n = scores.length;
        for (int j = Math.max(0, i - CONTEXT_WINDOW); j <= Math.min(length - 1, i + CONTEXT_WINDOW); j++) {
            for (String feature : context[j]) {
                FeatureWeights.addRun(contextScores.computeIfAbsent(feature, this::contextScores),
                        (j - i + CONTEXT_WINDOW) * n, scores);
            }
        }
    }

    /**
     * The window's weights for one context feature at each distance, from the strings OpenNLP's window generator
     * gives for it there (a sentence of 17 tokens, the feature on one of them, read from the middle one).
     */
    private double[] contextScores(String feature) {
        int n = weights.outcomeCount();
        int width = 2 * CONTEXT_WINDOW + 1;
        double[] all = new double[width * n];
        String[] tokens = new String[width];
        Arrays.fill(tokens, "");
        List<String> strings = new ArrayList<>();
        AdditionalContextFeatureGenerator one = new AdditionalContextFeatureGenerator();
        WindowFeatureGenerator window = new WindowFeatureGenerator(one, CONTEXT_WINDOW, CONTEXT_WINDOW);
        for (int at = 0; at < width; at++) {
            String[][] single = new String[width][0];
            single[at] = new String[] {feature};
            one.setCurrentContext(single);
            strings.clear();
            window.createFeatures(strings, tokens, CONTEXT_WINDOW, null);
            weights.addAll(strings, all, at * n);
        }
        return all;
    }

    /**
     * Every feature of token i as strings, the words' own ones included: what OpenNLP's name context generator gives
     * (in another order). For tests; tagging adds the words' weights from {@link WordScores} instead.
     */
    List<String> allFeatures(String[] tokens, int i, String[] before, String[][] context,
            WordScores.WordFeatureSource wordParts) {
        additional.setCurrentContext(context);
        List<String> out = new ArrayList<>();
        contextWindow.createFeatures(out, tokens, i, before);
        for (int k = -SplitFeatures.REACH; k <= SplitFeatures.REACH; k++) {
            if (i + k >= 0 && i + k < tokens.length) {
                wordParts.wordFeatures(tokens[i + k], k, out);
            }
        }
        contextFeatures(tokens, i, before);
        out.addAll(features);
        LabelFeatures.strings(tokens, i, before, out);
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
