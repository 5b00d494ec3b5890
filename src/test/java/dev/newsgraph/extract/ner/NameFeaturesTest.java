package dev.newsgraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The name tagger's generators (features.xml) give, token by token, the features that OpenNLP's own window and
 * bigram generators give (features-opennlp.xml, the descriptor the model was first trained with), in the same
 * order: the faster generators read the same model.
 */
class NameFeaturesTest {

    static final String[][] SENTENCES = {
        {"İstanbul", "'s", "mayor", ",", "Ekrem", "İmamoğlu", ",", "met", "U.S.", "envoys", "in", "1999", "."},
        {"Shares", "of", "BHP", "rose", "3.5", "%", "to", "A$", "42.10", "--", "a", "G7-high"},
        {"Dr.", "Ngozi", "Okonjo-Iweala", "told", "the", "Associated", "Press", "in", "Geneva"},
        {"Hi"},
    };

    @Test
    void sameFeaturesInTheSameOrderAsOpenNlpsGenerators() throws IOException {
        AdaptiveFeatureGenerator opennlp = load("/extract/ner/features-opennlp.xml");
        AdaptiveFeatureGenerator ours = load("/extract/ner/features.xml");
        for (String[] tokens : SENTENCES) {
            for (int i = 0; i < tokens.length; i++) {
                String[] previous = new String[i];
                java.util.Arrays.fill(previous, "other");
                List<String> expected = new ArrayList<>();
                opennlp.createFeatures(expected, tokens, i, previous);
                List<String> actual = new ArrayList<>();
                ours.createFeatures(actual, tokens, i, previous);
                assertEquals(expected, actual, tokens[i] + " in " + String.join(" ", tokens));
            }
        }
    }

    private static AdaptiveFeatureGenerator load(String resource) throws IOException {
        try (InputStream in = NameFeaturesTest.class.getResourceAsStream(resource)) {
            return GeneratorFactory.create(in, null);
        }
    }
}
