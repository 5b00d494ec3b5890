package dev.newsgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.newsgraph.extract.RelationType;
import dev.newsgraph.graph.Direction;
import dev.newsgraph.graph.EntityShape;
import dev.newsgraph.graph.GraphReader;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;

/**
 * Reads what a client selected of the entities a field returns, with the arguments of their nested
 * lists, into an {@link EntityShape}: the field's one Cypher query then reads all of it. This is the only
 * place that knows graphql-java's selection types.
 */
final class Selections {

    static final int EVIDENCE_PER_RELATION = 5;

    private Selections() {
    }

    /**
     * The shape of the entities reached from the current field along {@code path} ("" for the field
     * itself). How many rows it may read was settled before the request ran ({@link RequestBudget}).
     */
    static EntityShape shape(Context context, String path) {
        DataFetchingEnvironment env = env(context);
        if (env == null) {
            return EntityShape.FLAT; // nested fields then read what they need themselves
        }
        DataFetchingFieldSelectionSet selection = env.getSelectionSet();
        return path.isEmpty() ? of(selection) : at(selection, path);
    }

    /**
     * The nested list the current field resolves, as the entity's query would have read it (same key, and
     * the selection below it); {@code fromArguments} when graphql-java's environment is not at hand.
     */
    static EntityShape.Nested current(Context context, java.util.function.Supplier<EntityShape.Nested> fromArguments) {
        DataFetchingEnvironment env = env(context);
        if (env == null) {
            return fromArguments.get();
        }
        EntityShape.Nested list = nested(env.getField().getName(), env.getArguments(), env.getSelectionSet());
        return list == null ? fromArguments.get() : list;
    }

    /**
     * The {@code entities} lists selected on the articles at {@code path} below the current field ("" for
     * the field itself): the shape of their entities by {@code first}, aliases with the same first merged.
     * Null when the selection is not at hand.
     */
    static Map<Integer, EntityShape> articleEntities(Context context, String path) {
        DataFetchingEnvironment env = env(context);
        if (env == null) {
            return null;
        }
        Map<Integer, EntityShape> byFirst = new java.util.HashMap<>();
        for (SelectedField field : env.getSelectionSet().getFields(path.isEmpty() ? "entities" : path + "/entities")) {
            byFirst.merge(Paging.first(integer(field.getArguments().get("first"))), at(field.getSelectionSet(), "entity"),
                    EntityShape::mergedWith);
        }
        return byFirst;
    }

    /**
     * Whether a field matching {@code path} (such as "edges/node/entities/mentions") is selected below the
     * current field; true when the selection is not at hand, so that nothing asked for goes unread.
     */
    static boolean selects(Context context, String path) {
        DataFetchingEnvironment env = env(context);
        return env == null || env.getSelectionSet().contains(path);
    }

    /** graphql-java's environment of the field being resolved, or null when SmallRye cannot hand it over. */
    private static DataFetchingEnvironment env(Context context) {
        try {
            return context.unwrap(DataFetchingEnvironment.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The merged shape of every entity field matching {@code path} (such as "edges/node") below a selection. */
    static EntityShape at(DataFetchingFieldSelectionSet selection, String path) {
        EntityShape shape = EntityShape.BARE;
        for (SelectedField field : selection.getFields(path)) {
            shape = shape.mergedWith(of(field.getSelectionSet()));
        }
        return shape;
    }

    /** The shape of an entity whose sub-fields are {@code selection}. */
    static EntityShape of(DataFetchingFieldSelectionSet selection) {
        EntityShape shape = EntityShape.BARE;
        for (SelectedField field : selection.getImmediateFields()) {
            EntityShape.Nested list = nested(field.getName(), field.getArguments(), field.getSelectionSet());
            shape = list == null ? shape.withProperty(field.getName()) : shape.with(list);
        }
        return shape;
    }

    /** One nested list of an entity from its field name, arguments and sub-selection; null for plain fields. */
    static EntityShape.Nested nested(String name, Map<String, Object> args, DataFetchingFieldSelectionSet sub) {
        return switch (name) {
            case "relations" -> relations(args, sub.contains("evidence"), at(sub, "other"), false);
            case "relationsConnection" -> relations(args, sub.contains("edges/node/evidence"), at(sub, "edges/node/other"),
                    true);
            case "articles" -> new EntityShape.Articles(Paging.first(integer(args.get("first"))));
            case "coMentioned" -> new EntityShape.CoMentioned(Paging.first(orDefault(integer(args.get("first")), 10)),
                    at(sub, "entity"));
            case "roles" -> new EntityShape.Linked(EntityShape.Link.ROLES, at(sub, "of"));
            case "parties" -> new EntityShape.Linked(EntityShape.Link.PARTIES, at(sub, "entity"));
            default -> null;
        };
    }

    private static EntityShape.Relations relations(Map<String, Object> args, boolean evidence, EntityShape other,
            boolean page) {
        return new EntityShape.Relations(relationTypes(args.get("types")), direction(args.get("direction")),
                Paging.first(integer(args.get("first"))),
                RelationCursors.decode(args.get("after") == null ? null : String.valueOf(args.get("after"))),
                evidence ? EVIDENCE_PER_RELATION : 0, other, page, minConfidence(args.get("minConfidence")),
                Boolean.TRUE.equals(args.get("includeRetracted")));
    }

    /** A relations list or page from the resolver's own arguments, for when the selection is not at hand. */
    static EntityShape.Relations relations(List<RelationType> types, Direction direction, Integer first, String after,
            Double minConfidence, Boolean includeRetracted, boolean page) {
        return new EntityShape.Relations(relationTypes(types), direction == null ? Direction.BOTH : direction,
                Paging.first(first), RelationCursors.decode(after), EVIDENCE_PER_RELATION, EntityShape.FLAT, page,
                minConfidence(minConfidence), Boolean.TRUE.equals(includeRetracted));
    }

    /** A minimum confidence between 0 and 1, or none; anything else is the caller's mistake, said plainly. */
    static Double minConfidence(Object value) {
        if (value == null) {
            return null;
        }
        double v = ((Number) value).doubleValue();
        if (!(v >= 0 && v <= 1)) {
            throw new BadUserInputException("minConfidence must be between 0 and 1, was " + v);
        }
        return v;
    }

    /** Relation type names asked for; all of them when none is named. */
    static List<String> relationTypes(Object types) {
        if (!(types instanceof List<?> list) || list.isEmpty()) {
            return GraphReader.RELATION_TYPES;
        }
        List<String> names = new ArrayList<>();
        list.forEach(t -> names.add(String.valueOf(t)));
        return names;
    }

    private static Direction direction(Object value) {
        return value == null ? Direction.BOTH : Direction.valueOf(String.valueOf(value));
    }

    private static Integer orDefault(Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }

    /** An Int argument as graphql-java hands it over: a number, or the text of a declared default. */
    private static Integer integer(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new BadUserInputException("first must be an integer");
        }
    }
}
