package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;

/** An entity of one article while it is being extracted; becomes an {@link ExtractedEntity} at the end. */
final class Entity {
    String id;
    final EntityType type;
    String name;
    final LinkedHashSet<String> aliases = new LinkedHashSet<>();
    final TreeMap<String, String> attrs = new TreeMap<>();
    /** Counted (non-reference) mentions, set when the output is assembled. */
    int mentions;
    /** Offset of the first counted mention in the input. */
    int first = Integer.MAX_VALUE;
    /** Where the counted mentions are, collected with {@link #mentions}. */
    final List<MentionSpan> spans = new ArrayList<>();
    /** Persons: the name's words without particles ("von", "bin"), for surname matching. */
    List<String> nameTokens = List.of();
    final List<Role> roles = new ArrayList<>();
    /** Organizations: the gazetteer's kind ("alliance", "bloc", "institution"...), empty when unknown. */
    String orgKind = "";
    /** Agreements: the head noun ("pact", "channel") and the noun phrase of a descriptive agreement. */
    String head;
    String np;
    /** Agreements named by a lower-case description ("free trade agreement") rather than a proper name. */
    boolean descriptive;

    Entity(String id, EntityType type, String name) {
        this.id = id;
        this.type = type;
        this.name = name;
    }
}
