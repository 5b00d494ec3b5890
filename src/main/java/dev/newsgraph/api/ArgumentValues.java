package dev.newsgraph.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.InputValueWithState;

/**
 * A field's arguments as plain Java values, as a resolver would see them: variables substituted, the
 * schema's defaults where an argument is absent or null. Read before the request runs, to cost it.
 */
final class ArgumentValues {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private ArgumentValues() {
    }

    static Map<String, Object> of(Field field, GraphQLFieldDefinition definition, Map<String, Object> variables) {
        Map<String, Object> values = new HashMap<>();
        if (definition != null) {
            for (GraphQLArgument argument : definition.getArguments()) {
                if (argument.hasSetDefaultValue()) {
                    values.put(argument.getName(), defaultOf(argument.getArgumentDefaultValue()));
                }
            }
        }
        for (Argument argument : field.getArguments()) {
            Object value = plain(argument.getValue(), variables);
            if (value != null || !values.containsKey(argument.getName())) {
                values.put(argument.getName(), value);
            }
        }
        return values;
    }

    /** The variables sent, with the operation's declared defaults for those not sent. */
    static Map<String, Object> variables(OperationDefinition operation, Map<String, Object> sent) {
        Map<String, Object> all = new HashMap<>(sent);
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
            if (!all.containsKey(variable.getName()) && variable.getDefaultValue() != null) {
                all.put(variable.getName(), plain(variable.getDefaultValue(), Map.of()));
            }
        }
        return all;
    }

    /** A whole number, however it came (an Int literal, a JSON number, the text of a declared default); else null. */
    static Long number(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof String s && s.strip().matches("-?[0-9]{1,18}")) {
            return Long.valueOf(s.strip());
        }
        return null;
    }

    private static Object defaultOf(InputValueWithState value) {
        return value.isLiteral() ? plain((Value<?>) value.getValue(), Map.of()) : value.getValue();
    }

    private static Object plain(Value<?> value, Map<String, Object> variables) {
        return switch (value) {
            case null -> null;
            case VariableReference v -> variables.get(v.getName());
            case IntValue i -> i.getValue().max(LONG_MIN).min(LONG_MAX).longValue();
            case FloatValue f -> f.getValue();
            case StringValue s -> s.getValue();
            case BooleanValue b -> b.isValue();
            case EnumValue e -> e.getName();
            case ArrayValue a -> list(a, variables);
            case ObjectValue o -> object(o, variables);
            default -> null; // NullValue
        };
    }

    private static List<Object> list(ArrayValue array, Map<String, Object> variables) {
        List<Object> items = new ArrayList<>(array.getValues().size());
        array.getValues().forEach(v -> items.add(plain(v, variables)));
        return items;
    }

    private static Map<String, Object> object(ObjectValue object, Map<String, Object> variables) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (ObjectField field : object.getObjectFields()) {
            fields.put(field.getName(), plain(field.getValue(), variables));
        }
        return fields;
    }
}
