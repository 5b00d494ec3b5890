package dev.newsgraph.extract;

/**
 * Entity and relation extraction from news text: pure Java, no dependencies, deterministic, thread-safe.
 * Gazetteers (countries with ISO codes, demonyms and capitals; organizations; titles; office holders; places;
 * agreements) are loaded once from the classpath; every relation comes with the sentence that supports it.
 */
public final class Extractor {

    /** Bumped when the output changes meaningfully (the graph is re-projected from stored articles). */
    public static final String VERSION = "2";

    private final Lexicon lexicon;

    private Extractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Loads the gazetteers from /extract/ on the classpath; the instance is immutable and thread-safe. */
    public static Extractor loadDefault() {
        return new Extractor(Lexicon.load());
    }

    /** Never throws: returns empty lists when nothing is found (null, empty, binary junk). */
    public Extraction extract(String text) {
        if (text == null || text.isBlank()) {
            return Extraction.EMPTY;
        }
        try {
            return new ExtractionPipeline(lexicon).run(text);
        } catch (RuntimeException | StackOverflowError e) {
            // defensive: a bug on odd input must not fail the ingestion; fall back to sentences only
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
