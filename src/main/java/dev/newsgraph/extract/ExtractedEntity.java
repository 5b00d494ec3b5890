package dev.newsgraph.extract;

import java.util.List;
import java.util.Map;

/**
 * An entity found in one article. {@code id} is stable across articles ("country:US", "org:asean",
 * "person:xi-jinping"); {@code aliases} never contains {@code name}; {@code mentions} counts resolved mentions
 * (at least 1), and {@code mentionSpans} says where they are, in document order: names, acronyms, title + name
 * and surnames resolved to the entity, not pronouns or descriptions ("he", "the bloc"). An entity reached only
 * by such a reference has no span.
 */
public record ExtractedEntity(String id, EntityType type, String name, List<String> aliases,
        Map<String, String> attributes, int mentions, List<MentionSpan> mentionSpans) {

    public ExtractedEntity {
        aliases = List.copyOf(aliases);
        mentionSpans = List.copyOf(mentionSpans);
        attributes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(attributes));
    }
}
