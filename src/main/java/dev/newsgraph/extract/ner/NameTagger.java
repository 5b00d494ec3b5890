package dev.newsgraph.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;

/**
 * The trained name tagger (OpenNLP name finder, perceptron, BILOU): proposes PER, LOC, ORG and MISC spans over a
 * sentence's tokens. The model is loaded once and shared; each article gets its own {@link Document}, because the
 * tagger remembers how words were labelled earlier in the same article. Finders are pooled: building one parses the
 * model's feature descriptor, which costs more than tagging a short article.
 */
public final class NameTagger {

    /** Where the committed model lives on the classpath (trained by scripts/train-ner.sh). */
    public static final String MODEL_RESOURCE = "/extract/ner/newsgraph-ner.bin";
    /** Finders kept for reuse: about one per thread that extracts at the same time. */
    private static final int MAX_IDLE = 64;

    /**
     * Where a name ends that the model ran on past its possessive ("Pioneer Natural 's oil"): at the "'s" when a
     * lower-case word follows it inside the span; names that hold a possessive go on in capitals ("People 's Bank").
     */
    static int possessiveEnd(String[] tokens, int start, int end) {
        for (int k = start + 1; k + 1 < end; k++) {
            if ((tokens[k].equals("'s") || tokens[k].equals("’s")) && Character.isLowerCase(tokens[k + 1].charAt(0))) {
                return k;
            }
        }
        return end;
    }

    /**
     * An adverb in "-ly" or a participle in "-ing" that English writes in lower case ("Naturally", "Using"; not
     * "Meanwhile", nor a town such as "Reading").
     */
    private static boolean openingAdverb(String token) {
        NameCues cues = NameCues.shared();
        return token.length() > 4 && (token.endsWith("ly") || token.endsWith("ing")) && cues.isCommonWord(token)
                && !cues.isWorldPlace(token);
    }

    /** Words that join a name to what follows and never end one. */
    private static final java.util.Set<String> DANGLING = java.util.Set.of("of", "and", "for", "the", "to", "in", "on",
            "at", "with", "by", "from", "&", "-", ",");

    private final TokenNameFinderModel model;
    /** The weights and per-word sums of the fast decoder; null when the model is not one it can decode. */
    private final FeatureWeights weights;
    private final WordScores wordScores;
    private final Queue<Finder> idle = new ConcurrentLinkedQueue<>();

    public NameTagger(TokenNameFinderModel model) {
        this.model = model;
        this.weights = fastDecoding(model) ? FeatureWeights.of((AbstractModel) model.getArtifact(MODEL_ARTIFACT)) : null;
        this.wordScores = weights == null ? null : new WordScores(weights, GreedyNameFinder.wordParts(model));
    }

    /** The artifact of a name finder model that holds the trained classifier. */
    private static final String MODEL_ARTIFACT = "nameFinder.model";

    /**
     * Whether {@link GreedyNameFinder} gives exactly what NameFinderME gives for this model: a perceptron decoded
     * greedily (beam size 1), over feature generators it knows how to split.
     */
    static boolean fastDecoding(TokenNameFinderModel model) {
        return model.getArtifact(MODEL_ARTIFACT) instanceof PerceptronModel
                && "1".equals(model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER))
                && model.getFactory().createFeatureGenerators() instanceof AggregatedFeatureGenerator g
                && GreedyNameFinder.supported(g);
    }

    /** Whether this tagger decodes with {@link GreedyNameFinder} (the committed model must). */
    public boolean decodesFast() {
        return weights != null;
    }

    /** One article's decoder: the fast one, or OpenNLP's for a model it cannot decode. */
    interface Finder {
        Span[] find(String[] tokens, String[][] context, double[] probs);

        void clearAdaptiveData();
    }

    private Finder newFinder() {
        if (weights != null) {
            return GreedyNameFinder.of(weights, wordScores, model);
        }
        NameFinderME slow = new NameFinderME(model);
        return new Finder() {
            @Override
            public Span[] find(String[] tokens, String[][] context, double[] probs) {
                Span[] spans = slow.find(tokens, context);
                double[] p = slow.probs(spans);
                System.arraycopy(p, 0, probs, 0, Math.min(p.length, probs.length));
                return spans;
            }

            @Override
            public void clearAdaptiveData() {
                slow.clearAdaptiveData();
            }
        };
    }

    /** Loads the committed model; fails loudly when it is missing, since extraction without it is half blind. */
    public static NameTagger loadDefault() {
        try (InputStream in = NameTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing name model " + MODEL_RESOURCE + " (run scripts/train-ner.sh)");
            }
            return new NameTagger(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read name model " + MODEL_RESOURCE, e);
        }
    }

    /** A tagger for one article, used by one thread; {@link Document#close() close} it to return it to the pool. */
    public Document newDocument() {
        Finder finder = idle.poll();
        if (finder == null) {
            finder = newFinder();
        } else {
            finder.clearAdaptiveData();
        }
        return new Document(finder);
    }

    /** Tags the sentences of one article in order. */
    public final class Document implements AutoCloseable {
        private Finder finder;

        private Document(Finder finder) {
            this.finder = finder;
        }

        @Override
        public void close() {
            if (finder != null && idle.size() < MAX_IDLE) {
                idle.add(finder);
            }
            finder = null;
        }

        /**
         * The names in each sentence of the article, left to right, never overlapping; the sentences are tagged in
         * order, with what the whole article says about each capitalised word as context.
         */
        public List<List<NameSpan>> tagArticle(List<String[]> sentences) {
            String[][][] context = DocumentCues.of(sentences);
            List<List<NameSpan>> out = new ArrayList<>(sentences.size());
            for (int s = 0; s < sentences.size(); s++) {
                out.add(tag(sentences.get(s), context[s]));
            }
            return out;
        }

        private List<NameSpan> tag(String[] tokens, String[][] context) {
            if (tokens.length == 0) {
                return List.of();
            }
            double[] probs = new double[tokens.length]; // at most one name per token
            Span[] spans = finder.find(tokens, context, probs);
            List<NameSpan> out = new ArrayList<>(spans.length);
            for (int i = 0; i < spans.length; i++) {
                int start = spans[i].getStart();
                int end = possessiveEnd(tokens, start, spans[i].getEnd());
                while (end - start > 1 && DANGLING.contains(tokens[end - 1])) {
                    end--; // "Hastings of": the model ran into the phrase that follows the name
                }
                if (start == 0 && end > 1 && openingAdverb(tokens[0])) {
                    start = 1; // "Naturally China will ...", "Using Alvarez's antenna": no part of the name
                }
                out.add(new NameSpan(start, end, spans[i].getType(), probs[i]));
            }
            return out;
        }
    }
}
