package dev.newsgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * An entity found in one article. {@code id} is stable across articles ("country:US", "org:asean",
 * "person:xi-jinping"); {@code aliases} never contains {@code name}; {@code mentions} counts resolved mentions.
 */
public record ExtractedEntity(String id, EntityType type, String name, List<String> aliases,
        Map<String, String> attributes, int mentions) {

    public ExtractedEntity {
        aliases = List.copyOf(aliases);
        attributes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attributes));
    }
}
