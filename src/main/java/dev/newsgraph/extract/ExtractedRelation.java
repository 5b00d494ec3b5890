package dev.newsgraph.extract;

import java.util.Map;

/**
 * A relation between two extracted entities (by id), with the evidence sentence. Properties: "title" for
 * HOLDS_ROLE, "status" for PARTY_TO (proposed|negotiating|agreed|signed|withdrawn).
 */
public record ExtractedRelation(RelationType type, String sourceId, String targetId, Map<String, String> properties,
        Evidence evidence) {

    public ExtractedRelation {
        properties = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(properties));
    }
}
