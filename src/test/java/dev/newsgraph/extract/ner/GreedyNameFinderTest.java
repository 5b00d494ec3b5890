package dev.newsgraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The fast decoder against OpenNLP's NameFinderME on the committed model, over the repository's annotated articles
 * (markup removed): every token gets the same features, and the articles get the same names with the same
 * probabilities.
 */
class GreedyNameFinderTest {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'’-]*[\\p{L}\\p{N}]|\\S");
    private static TokenNameFinderModel model;
    private static List<List<String[]>> articles;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = NameTagger.class.getResourceAsStream(NameTagger.MODEL_RESOURCE)) {
            model = new TokenNameFinderModel(in);
        }
        articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/ner/annotations"))) {
            for (Path p : files.sorted().toList()) {
                articles.add(sentences(Files.readString(p)));
            }
        }
        assertTrue(articles.size() >= 40, "annotated articles found: " + articles.size());
    }

    /** The article's sentences as tokens, the annotation brackets removed. */
    private static List<String[]> sentences(String annotated) {
        String text = annotated.replaceAll("\\[(?:PER|LOC|ORG|MISC) ([^\\]]*)\\]", "$1");
        List<String[]> out = new ArrayList<>();
        for (String sentence : text.split("(?<=[.!?\"])\\s+|\\n+")) {
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(sentence);
            while (m.find()) {
                tokens.add(m.group());
            }
            if (!tokens.isEmpty()) {
                out.add(tokens.toArray(String[]::new));
            }
        }
        return out;
    }

    private static FeatureWeights weights() {
        return FeatureWeights.of((AbstractModel) model.getArtifact("nameFinder.model"));
    }

    @Test
    void theCommittedModelIsDecodedByTheFastFinder() {
        assertTrue(NameTagger.fastDecoding(model));
    }

    @Test
    void everyTokenGetsTheFeaturesOfOpenNlpsContextGenerator() {
        NameContextGenerator reference = model.getFactory().createContextGenerator();
        AdditionalContextFeatureGenerator referenceContext = new AdditionalContextFeatureGenerator();
        reference.addFeatureGenerator(new WindowFeatureGenerator(referenceContext, 8, 8));
        NameFinderME labeller = new NameFinderME(model);
        opennlp.tools.util.SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        WordScores.WordFeatureSource wordParts = GreedyNameFinder.wordParts(model);
        FeatureWeights weights = weights();
        GreedyNameFinder fast = GreedyNameFinder.of(weights, new WordScores(weights, wordParts), model);
        int tokens = 0;
        for (List<String[]> article : articles) {
            String[][][] context = DocumentCues.of(article);
            for (int s = 0; s < article.size(); s++) {
                String[] sentence = article.get(s);
                // the labels of the names OpenNLP finds: realistic labels so far for the features that read them
                String[] labels = codec.encode(labeller.find(sentence, context[s]), sentence.length);
                referenceContext.setCurrentContext(context[s]);
                for (int i = 0; i < sentence.length; i++) {
                    String[] before = Arrays.copyOf(labels, i);
                    List<String> expected = new ArrayList<>(List.of(reference.getContext(i, sentence, before, null)));
                    List<String> actual = fast.allFeatures(sentence, i, before, context[s], wordParts);
                    Collections.sort(expected);
                    Collections.sort(actual);
                    assertEquals(expected, actual, "token " + i + " of " + String.join(" ", sentence));
                    tokens++;
                }
                reference.updateAdaptiveData(sentence, labels);
                fast.find(sentence, context[s], new double[sentence.length]); // remembers its labels as OpenNLP does
            }
            reference.clearAdaptiveData();
            labeller.clearAdaptiveData();
            fast.clearAdaptiveData();
        }
        assertTrue(tokens > 20_000, tokens + " tokens");
    }

    @Test
    void articlesGetTheNamesAndProbabilitiesOfOpenNlpsNameFinder() {
        NameFinderME reference = new NameFinderME(model);
        FeatureWeights weights = weights();
        GreedyNameFinder fast = GreedyNameFinder.of(weights, new WordScores(weights, GreedyNameFinder.wordParts(model)),
                model);
        int names = 0;
        for (List<String[]> article : articles) {
            String[][][] context = DocumentCues.of(article);
            for (int s = 0; s < article.size(); s++) {
                String[] sentence = article.get(s);
                Span[] expected = reference.find(sentence, context[s]);
                double[] expectedProbs = reference.probs(expected);
                double[] probs = new double[sentence.length];
                Span[] actual = fast.find(sentence, context[s], probs);
                assertEquals(List.of(expected), List.of(actual), String.join(" ", sentence));
                for (int k = 0; k < expected.length; k++) {
                    assertEquals(expectedProbs[k], probs[k], 1e-12, expected[k] + " in " + String.join(" ", sentence));
                }
                names += expected.length;
            }
            reference.clearAdaptiveData();
            fast.clearAdaptiveData();
        }
        assertTrue(names > 1000, names + " names");
    }
}
