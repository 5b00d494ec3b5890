package dev.newsgraph.ingest;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import dev.newsgraph.extract.Extractor;

/** The extractor is pure Java; this is where the service gets its one shared, thread-safe instance. */
public class ExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ExtractorProducer.class);

    @Produces
    @Singleton
    Extractor extractor() {
        long start = System.nanoTime();
        Extractor extractor = Extractor.loadDefault();
        LOG.infof("Extractor %s loaded in %d ms", Extractor.VERSION, (System.nanoTime() - start) / 1_000_000);
        return extractor;
    }
}
