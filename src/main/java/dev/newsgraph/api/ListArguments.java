package dev.newsgraph.api;

import java.util.List;
import java.util.Map;

/**
 * No list argument of this API has a use for a null element ({@code types: [null]}), and resolvers would
 * turn one into a system error or a silent empty answer: refused for every list, however deep in an input.
 */
final class ListArguments {

    private ListArguments() {
    }

    static void requireNoNullElements(String field, Map<String, Object> arguments) {
        arguments.forEach((name, value) -> {
            if (holdsNullElement(value)) {
                throw new BadUserInputException(name + " of " + field + " must not contain null");
            }
        });
    }

    private static boolean holdsNullElement(Object value) {
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item == null || holdsNullElement(item)) {
                    return true;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Object item : map.values()) {
                if (holdsNullElement(item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
