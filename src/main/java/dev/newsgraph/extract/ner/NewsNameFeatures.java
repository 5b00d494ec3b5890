package dev.newsgraph.extract.ner;

import java.util.List;
import java.util.Locale;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Features for names in news that a word-identity model cannot learn from a few hundred thousand tokens: the
 * shape of a word and its neighbours, whether it is a known given name, a country, demonym, capital, known
 * organization or office holder (as part of a longer phrase too), and whether the words around it are titles,
 * honorifics or the heads of organization and place names ("Ministry", "Province"), and which classes the large
 * world gazetteer gives the words (people, places, organizations and cities that WordNet and GeoNames know). These
 * carry over to names the training data never saw.
 */
public final class NewsNameFeatures implements AdaptiveFeatureGenerator {

    private final NameCues cues;
    /** The phrase tags of the last sentence seen: the generator is called once per token of one sentence. */
    private String[] lastTokens;
    private String[] lastPhraseTags;
    private String[] lastWorldTags;

    public NewsNameFeatures(NameCues cues) {
        this.cues = cues;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String[] phraseTags = phraseTags(tokens);
        String word = tokens[index];
        features.add("sh=" + shape(word));
        features.add("sh-1=" + (index > 0 ? shape(tokens[index - 1]) : "BOS"));
        features.add("sh+1=" + (index + 1 < tokens.length ? shape(tokens[index + 1]) : "EOS"));
        if (index == 0 && Character.isUpperCase(word.charAt(0))) {
            features.add("capfirst");
        }
        wordCues(features, "", tokens, index, phraseTags);
        if (index > 0) {
            wordCues(features, "-1", tokens, index - 1, phraseTags);
        }
        if (index + 1 < tokens.length) {
            wordCues(features, "+1", tokens, index + 1, phraseTags);
        }
        if (index + 2 < tokens.length) {
            for (String c : cues.cues(tokens[index + 2].toLowerCase(Locale.ROOT))) {
                features.add("cu+2=" + c);
            }
        }
    }

    private void wordCues(List<String> features, String at, String[] tokens, int i, String[] phraseTags) {
        if (cues.isGivenName(tokens[i])) {
            features.add("gn" + at);
        }
        for (String c : cues.cues(tokens[i].toLowerCase(Locale.ROOT))) {
            features.add("cu" + at + "=" + c);
        }
        if (phraseTags[i] != null) {
            features.add("gz" + at + "=" + phraseTags[i]);
        }
        if (lastWorldTags[i] != null) {
            features.add("wg" + at + "=" + lastWorldTags[i]);
        }
    }

    private String[] phraseTags(String[] tokens) {
        if (tokens != lastTokens) {
            lastPhraseTags = cues.phraseTags(tokens);
            lastWorldTags = cues.worldTags(tokens);
            lastTokens = tokens;
        }
        return lastPhraseTags;
    }

    /** "Okafor" -> "Xx", "U.S." -> "X.X.", "G7" -> "Xd", "al-Sadr" -> "x-Xx", "1990s" -> "dx". */
    static String shape(String word) {
        StringBuilder b = new StringBuilder(6);
        char last = 0;
        for (int i = 0; i < word.length() && b.length() < 8; i++) {
            char c = word.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    /** Lets a model's feature descriptor name this generator: {@code <generator class="...NewsNameFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new NewsNameFeatures(NameCues.shared());
        }
    }
}
