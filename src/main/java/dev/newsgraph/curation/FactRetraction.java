package dev.newsgraph.curation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.graph.GraphWriter;

/**
 * Retracts a fact a person found wrong: it disappears from every read of facts (relations, paths, neighbourhoods,
 * roles, parties) but keeps its evidence, and {@code relations(includeRetracted: true)} still shows it. The
 * decision is stored first, so that later articles stating the same fact and a rebuild keep it retracted.
 */
@ApplicationScoped
public class FactRetraction {

    /** Reasons longer than this are refused. */
    public static final int MAX_REASON_CHARS = 1000;

    @Inject
    CurationDecisions decisions;

    @Inject
    GraphWriter writer;

    @Inject
    CurationLog log;

    /** @throws IllegalArgumentException for a blank or overlong reason, or a key no fact in the graph has */
    public void retract(String factKey, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON_CHARS) {
            throw new IllegalArgumentException("reason must have 1 to " + MAX_REASON_CHARS + " characters");
        }
        if (!writer.factExists(factKey)) {
            throw new IllegalArgumentException("no fact with the key " + factKey);
        }
        decisions.retract(factKey, why);
        writer.retract(factKey, why);
        // a fact's key is TYPE|source id|target id[|title]: both ends changed
        String[] parts = factKey.split("\\|");
        log.record(actor, "retractFact", factKey, "reason: " + why,
                java.util.Arrays.asList(parts).subList(1, Math.min(3, parts.length)));
    }
}
