package dev.newsgraph.ingest;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The classes OpenNLP instantiates by name while it loads the name model (the factory and codec named in the
 * model's manifest, and every feature generator its descriptor lists), kept reachable in the native executable.
 */
@RegisterForReflection(targets = {
        opennlp.tools.namefind.TokenNameFinderFactory.class,
        opennlp.tools.namefind.BilouCodec.class,
        opennlp.tools.namefind.BioCodec.class,
        opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory.class,
        opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory.class,
        dev.newsgraph.extract.ner.WordWindowFeatures.Factory.class,
        dev.newsgraph.extract.ner.WordBigramFeatures.Factory.class,
        dev.newsgraph.extract.ner.NewsNameFeatures.Factory.class })
final class NameModelReflection {

    private NameModelReflection() {
    }
}
