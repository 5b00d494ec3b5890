package dev.newsgraph.extract;

import dev.newsgraph.extract.ner.NameTagger;

/**
 * Entity and relation extraction from news text: pure Java (OpenNLP for the name tagger), deterministic,
 * thread-safe. The trained name model and the gazetteers (countries with ISO codes, demonyms and capitals;
 * organizations; titles; office holders; places; agreements) are loaded once from the classpath; every relation
 * comes with the sentence that supports it.
 */
public final class Extractor {

    /** Bumped when the output changes meaningfully (the graph is re-projected from stored articles). */
    public static final String VERSION = "3";

    private static final System.Logger LOG = System.getLogger(Extractor.class.getName());

    private final Lexicon lexicon;
    private final NameTagger tagger;

    private Extractor(Lexicon lexicon, NameTagger tagger) {
        this.lexicon = lexicon;
        this.tagger = tagger;
    }

    /** Loads the name model and the gazetteers from /extract/ on the classpath; immutable and thread-safe. */
    public static Extractor loadDefault() {
        // the word lists and the name model take about a second each to read: side by side where there are two cores
        java.util.concurrent.CompletableFuture<Lexicon> lexicon = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    dev.newsgraph.extract.ner.NameCues.shared(); // the tagger's features read them
                    return Lexicon.load();
                });
        NameTagger tagger = NameTagger.loadDefault();
        try {
            return new Extractor(lexicon.join(), tagger);
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e; // the loader's own error, not a wrapper
        }
    }

    /** Never throws: returns empty lists when nothing is found (null, empty, binary junk). */
    public Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            return Extraction.EMPTY;
        }
        try {
            return new ExtractionPipeline(lexicon, tagger).run(text);
        } catch (RuntimeException | StackOverflowError e) {
            // defensive: a bug on odd input must not fail the ingestion; fall back to sentences only, and say so
            LOG.log(System.Logger.Level.WARNING, "extraction failed, kept the sentences only: " + e, e);
            try {
                return sentencesOnly(text);
            } catch (RuntimeException e2) {
                return Extraction.EMPTY;
            }
        }
    }

    private Extraction sentencesOnly(String text) {
        java.util.List<Sentence> out = new java.util.ArrayList<>();
        for (SentenceSplitter.Span sp : new SentenceSplitter(lexicon).split(text)) {
            out.add(new Sentence(out.size(), sp.start(), sp.end(), text.substring(sp.start(), sp.end())));
        }
        return new Extraction(out, java.util.List.of(), java.util.List.of());
    }
}
