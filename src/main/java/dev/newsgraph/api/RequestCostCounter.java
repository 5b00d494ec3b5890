package dev.newsgraph.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.TypeName;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What one operation would cost with every fragment spread expanded, found without expanding it: each
 * fragment is costed once and its cost reused at every spread, so N fragments that each spread the one
 * before twice take N steps, not 2^N. Checks every field's list arguments for null elements on the way.
 * Runs before validation: unknown fragments and cycles cost nothing here, validation refuses them.
 */
final class RequestCostCounter {

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final Map<String, RequestCost> costByFragment = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    private RequestCostCounter(GraphQLSchema schema, Map<String, FragmentDefinition> fragments,
            Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
    }

    static RequestCost cost(OperationDefinition operation, Map<String, FragmentDefinition> fragments, GraphQLSchema schema,
            Map<String, Object> variables) {
        RequestCostCounter counter = new RequestCostCounter(schema, fragments, variables);
        return counter.selections(operation.getSelectionSet(), rootType(schema, operation.getOperation()));
    }

    private static GraphQLType rootType(GraphQLSchema schema, OperationDefinition.Operation operation) {
        return switch (operation) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
    }

    private RequestCost selections(SelectionSet set, GraphQLType parent) {
        RequestCost cost = RequestCost.NONE;
        if (set == null) {
            return cost;
        }
        for (Selection<?> selection : set.getSelections()) {
            cost = cost.and(switch (selection) {
                case Field field -> field(field, parent);
                case FragmentSpread spread -> fragment(spread.getName()).spread();
                case InlineFragment inline -> selections(inline.getSelectionSet(), typeOr(inline.getTypeCondition(), parent))
                        .spread();
                default -> RequestCost.NONE;
            });
        }
        return cost;
    }

    private RequestCost fragment(String name) {
        RequestCost known = costByFragment.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null || !inProgress.add(name)) {
            return RequestCost.NONE;
        }
        RequestCost cost = selections(definition.getSelectionSet(), typeOr(definition.getTypeCondition(), null));
        inProgress.remove(name);
        costByFragment.put(name, cost);
        return cost;
    }

    private RequestCost field(Field field, GraphQLType parent) {
        String parentName = parent instanceof GraphQLCompositeType c ? c.getName() : "";
        GraphQLFieldDefinition definition = definition(parent, field.getName());
        Map<String, Object> arguments = ArgumentValues.of(field, definition, variables);
        ListArguments.requireNoNullElements(field.getName(), arguments);
        GraphQLOutputType type = definition == null ? null : definition.getType();
        RequestCost below = selections(field.getSelectionSet(), type == null ? null : GraphQLTypeUtil.unwrapAll(type));
        // __schema and __type nest deeply by design; graphql-java bounds introspection itself.
        boolean introspection = field.getName().equals("__schema") || field.getName().equals("__type");
        return below.asField(FieldCosts.items(parentName, field.getName(), type, arguments),
                FieldCosts.extractorText(parentName, field.getName(), arguments), !introspection);
    }

    private GraphQLFieldDefinition definition(GraphQLType parent, String name) {
        if (!(parent instanceof GraphQLCompositeType composite)) {
            return null;
        }
        if (name.startsWith("__")) {
            try {
                return Introspection.getFieldDef(schema, composite, name);
            } catch (RuntimeException e) {
                return null; // not a field there: validation says so
            }
        }
        return composite instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
    }

    private GraphQLType typeOr(TypeName name, GraphQLType otherwise) {
        return name == null ? otherwise : schema.getType(name.getName());
    }
}
