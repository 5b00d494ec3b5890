package dev.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a client asked to see of an entity: which of its optional properties, and the nested lists it
 * selected, each with its arguments and, where the list holds entities, their own shape. The API builds
 * one from the GraphQL selection set; {@link EntityProjection} turns it into one Cypher map projection,
 * so a whole request is answered by one query.
 */
public record EntityShape(Set<String> properties, List<Nested> lists) {

    /** The properties read only when asked for; id, type and name are always read. */
    public static final Set<String> OPTIONAL_PROPERTIES = Set.of("aliases", "code", "acronym", "mentions");
    /** Every property and no nested list: for when the selection is not known. */
    public static final EntityShape FLAT = new EntityShape(OPTIONAL_PROPERTIES, List.of());
    /** Id, type and name only. */
    public static final EntityShape BARE = new EntityShape(Set.of(), List.of());

    public EntityShape {
        properties = Set.copyOf(properties);
        lists = List.copyOf(lists);
    }

    /** This shape reading {@code field} too, when it is one of the optional properties. */
    public EntityShape withProperty(String field) {
        if (!OPTIONAL_PROPERTIES.contains(field) || properties.contains(field)) {
            return this;
        }
        Set<String> more = new HashSet<>(properties);
        more.add(field);
        return new EntityShape(more, lists);
    }

    /** This shape with {@code list} added; a list with the same key is merged instead (aliases of one field). */
    public EntityShape with(Nested list) {
        List<Nested> merged = new ArrayList<>(lists);
        for (int i = 0; i < merged.size(); i++) {
            if (merged.get(i).key().equals(list.key())) {
                merged.set(i, merged.get(i).mergedWith(list));
                return new EntityShape(properties, merged);
            }
        }
        merged.add(list);
        return new EntityShape(properties, merged);
    }

    public EntityShape mergedWith(EntityShape other) {
        Set<String> union = new HashSet<>(properties);
        union.addAll(other.properties);
        EntityShape result = new EntityShape(union, lists);
        for (Nested list : other.lists) {
            result = result.with(list);
        }
        return result;
    }

    /** A nested list of an entity. Its key names it with its arguments, so prefetched data can be found again. */
    public sealed interface Nested {
        String key();

        /** The shape of the entities it holds ({@link #FLAT} when it holds none). */
        EntityShape inner();

        Nested mergedWith(Nested other);
    }

    /**
     * An entity's facts: of some relation types, in one direction, sorted by type, other end's name and
     * fact key, {@code first} of them after a keyset position, with up to {@code evidence} sentences each.
     * As a {@code page}, with their total count and one fact more, to tell whether there is a next page. With a
     * {@code minConfidence}, only facts with evidence at least that sure, and only that evidence. Retracted facts
     * only with {@code includeRetracted}.
     */
    public record Relations(List<String> types, Direction direction, int first, RelationCursor after, int evidence,
            EntityShape other, boolean page, Double minConfidence, boolean includeRetracted) implements Nested {

        public Relations {
            types = GraphReader.RELATION_TYPES.stream().filter(types::contains).toList();
            if (types.isEmpty()) {
                throw new IllegalArgumentException("no known relation type");
            }
        }

        @Override
        public String key() {
            return (page ? "relationsPage|" : "relations|") + String.join(",", types) + "|" + direction + "|" + first + "|"
                    + (after == null ? "" : after.type() + "\u0000" + after.otherName() + "\u0000" + after.key()) + "|"
                    + evidence + "|" + minConfidence + "|" + includeRetracted;
        }

        /** How many facts the query reads: one more than asked for a page. */
        public int fetch() {
            return page ? first + 1 : first;
        }

        @Override
        public EntityShape inner() {
            return other;
        }

        @Override
        public Nested mergedWith(Nested o) {
            return new Relations(types, direction, first, after, evidence, other.mergedWith(o.inner()), page, minConfidence,
                    includeRetracted);
        }
    }

    /** Where a page of relations ends: the last fact's type, other end's name and key. */
    public record RelationCursor(String type, String otherName, String key) {
    }

    /** The articles that mention an entity, newest first. */
    public record Articles(int first) implements Nested {

        @Override
        public String key() {
            return "articles|" + first;
        }

        @Override
        public EntityShape inner() {
            return FLAT;
        }

        @Override
        public Nested mergedWith(Nested other) {
            return this;
        }
    }

    /** Entities mentioned in the same articles (among the latest 1,000 of the entity), by the number of articles shared. */
    public record CoMentioned(int first, EntityShape entity) implements Nested {

        @Override
        public String key() {
            return "coMentioned|" + first;
        }

        @Override
        public EntityShape inner() {
            return entity;
        }

        @Override
        public Nested mergedWith(Nested other) {
            return new CoMentioned(first, entity.mergedWith(other.inner()));
        }
    }

    /**
     * The entities linked to one by a fact that describes it: a person's roles (the titles held, and the
     * country or organization each is held in), an agreement's parties (each with its status).
     */
    public enum Link {
        ROLES("roles", 50), PARTIES("parties", 200);

        final String key;
        /** No entity has this many in the graph; bounds the list all the same. */
        final int max;

        Link(String key, int max) {
            this.key = key;
            this.max = max;
        }

        public int max() {
            return max;
        }
    }

    public record Linked(Link link, EntityShape entity) implements Nested {

        @Override
        public String key() {
            return link.key;
        }

        @Override
        public EntityShape inner() {
            return entity;
        }

        @Override
        public Nested mergedWith(Nested other) {
            return new Linked(link, entity.mergedWith(other.inner()));
        }
    }
}
