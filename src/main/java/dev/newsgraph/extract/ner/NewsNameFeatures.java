package dev.newsgraph.extract.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Features for names in news that a word-identity model cannot learn from a few hundred thousand tokens: the
 * shape of a word and its neighbours, whether it is a known given name (English or another language's) or surname,
 * a country, demonym, capital, known organization or office holder (as part of a longer phrase too), and whether
 * the words around it are titles, honorifics or the heads of organization and place names ("Ministry",
 * "Province"), and which classes the large world gazetteer gives the words (people, places, organizations and
 * cities that WordNet and GeoNames know). These carry over to names the training data never saw.
 */
public final class NewsNameFeatures implements AdaptiveFeatureGenerator, SplitFeatures {

    private final NameCues cues;
    /** The last sentence seen and what its tokens contribute: the generator is called once per token of it. */
    private String[] lastTokens;
    /** The sentence {@link #lastPhraseTags} and {@link #lastWorldTags} are for. */
    private String[] phrasesOf;
    private String[] lastPhraseTags;
    private String[] lastWorldTags;
    private String[] shapes;
    private boolean[] givenName;
    private boolean[] worldGivenName;
    private String[] surname;
    private Set<String>[] cueClasses;

    public NewsNameFeatures(NameCues cues) {
        this.cues = cues;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        prepare(tokens);
        String word = tokens[index];
        features.add("sh=" + shapes[index]);
        features.add("sh-1=" + (index > 0 ? shapes[index - 1] : "BOS"));
        features.add("sh+1=" + (index + 1 < tokens.length ? shapes[index + 1] : "EOS"));
        if (index == 0 && Character.isUpperCase(word.charAt(0))) {
            features.add("capfirst");
        }
        wordCues(features, "", index);
        if (index > 0) {
            wordCues(features, "-1", index - 1);
        }
        if (index + 1 < tokens.length) {
            wordCues(features, "+1", index + 1);
        }
        if (index + 2 < tokens.length) {
            for (String c : cueClasses[index + 2]) {
                features.add("cu+2=" + c);
            }
        }
    }

    @Override
    public void wordFeatures(String word, int offset, List<String> out) {
        if (offset < -1) {
            return;
        }
        if (offset == 2) {
            for (String c : cues.cues(word.toLowerCase(Locale.ROOT))) {
                out.add("cu+2=" + c);
            }
            return;
        }
        String at = offset == 0 ? "" : offset < 0 ? "-1" : "+1";
        out.add("sh" + at + "=" + shape(word));
        if (cues.isGivenName(word)) {
            out.add("gn" + at);
        }
        if (cues.isWorldGivenName(word)) {
            out.add("gnw" + at);
        }
        String surnameClass = cues.surnameClass(word);
        if (surnameClass != null) {
            out.add(surnameClass + at);
        }
        for (String c : cues.cues(word.toLowerCase(Locale.ROOT))) {
            out.add("cu" + at + "=" + c);
        }
    }

    /** Sentence edges, a capital opening the sentence, and the list phrases the token and its neighbours are in. */
    @Override
    public void contextFeatures(String[] tokens, int index, List<String> out) {
        preparePhrases(tokens);
        if (index == 0) {
            out.add("sh-1=BOS");
            if (Character.isUpperCase(tokens[0].charAt(0))) {
                out.add("capfirst");
            }
        }
        if (index + 1 == tokens.length) {
            out.add("sh+1=EOS");
        }
        for (int k = -1; k <= 1; k++) {
            int i = index + k;
            if (i >= 0 && i < tokens.length) {
                String at = k == 0 ? "" : k < 0 ? "-1" : "+1";
                if (lastPhraseTags[i] != null) {
                    out.add("gz" + at + "=" + lastPhraseTags[i]);
                }
                if (lastWorldTags[i] != null) {
                    out.add("wg" + at + "=" + lastWorldTags[i]);
                }
            }
        }
    }

    private void wordCues(List<String> features, String at, int i) {
        if (givenName[i]) {
            features.add("gn" + at);
        }
        if (worldGivenName[i]) {
            features.add("gnw" + at);
        }
        if (surname[i] != null) {
            features.add(surname[i] + at);
        }
        for (String c : cueClasses[i]) {
            features.add("cu" + at + "=" + c);
        }
        if (lastPhraseTags[i] != null) {
            features.add("gz" + at + "=" + lastPhraseTags[i]);
        }
        if (lastWorldTags[i] != null) {
            features.add("wg" + at + "=" + lastWorldTags[i]);
        }
    }

    /** The list phrases of the sentence's tokens, once per sentence (all that {@link #contextFeatures} reads). */
    private void preparePhrases(String[] tokens) {
        if (tokens != phrasesOf) {
            lastPhraseTags = cues.phraseTags(tokens);
            lastWorldTags = cues.worldTags(tokens);
            phrasesOf = tokens;
        }
    }

    /** What each token of the sentence contributes, looked up once per sentence rather than once per neighbour. */
    @SuppressWarnings("unchecked")
    private void prepare(String[] tokens) {
        if (tokens == lastTokens) {
            return;
        }
        preparePhrases(tokens);
        shapes = new String[tokens.length];
        givenName = new boolean[tokens.length];
        worldGivenName = new boolean[tokens.length];
        surname = new String[tokens.length];
        cueClasses = new Set[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            shapes[i] = shape(tokens[i]);
            givenName[i] = cues.isGivenName(tokens[i]);
            worldGivenName[i] = cues.isWorldGivenName(tokens[i]);
            surname[i] = cues.surnameClass(tokens[i]);
            cueClasses[i] = cues.cues(tokens[i].toLowerCase(Locale.ROOT));
        }
        lastTokens = tokens;
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
