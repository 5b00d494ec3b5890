package dev.newsgraph.api;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

/**
 * Reads a field straight off its Java getter (or record accessor) when the value needs no conversion:
 * text, numbers, booleans, enums, our own view types and lists of them. SmallRye's own fetcher does the
 * same read but first builds the request's selected fields as JSON, twice, for every value it returns;
 * on a page of results that was a fifth of the service's CPU. Anything else (dates, maps, optionals, a
 * class with no such getter) goes to SmallRye's fetcher, which converts it.
 */
final class PlainFieldFetcher implements DataFetcher<Object>, TrivialDataFetcher<Object> {

    private static final Set<Class<?>> PLAIN = Set.of(String.class, Boolean.class, Integer.class, Long.class,
            Double.class, Float.class, Short.class, boolean.class, int.class, long.class, double.class, float.class,
            short.class);

    private final String name;
    private final DataFetcher<?> smallRye;
    /** The getter to read for each source class, or empty when SmallRye's fetcher must; resolved once per class. */
    private final ClassValue<Optional<Method>> getters = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            return Optional.ofNullable(getter(type, name)).filter(g -> plain(g.getGenericReturnType()));
        }
    };

    PlainFieldFetcher(String name, DataFetcher<?> smallRye) {
        this.name = name;
        this.smallRye = smallRye;
    }

    @Override
    public Object get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        if (source == null) {
            return null;
        }
        Optional<Method> getter = getters.get(source.getClass());
        return getter.isEmpty() ? smallRye.get(environment) : getter.get().invoke(source);
    }

    /** {@code getName()}, {@code isName()} or {@code name()}, public and without parameters. */
    static Method getter(Class<?> type, String name) {
        String capitalised = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (String candidate : new String[] {"get" + capitalised, "is" + capitalised, name}) {
            try {
                Method m = type.getMethod(candidate);
                if (Modifier.isPublic(m.getDeclaringClass().getModifiers()) && m.getReturnType() != void.class) {
                    return m;
                }
            } catch (NoSuchMethodException | SecurityException e) {
                // try the next spelling
            }
        }
        return null;
    }

    /** Whether GraphQL can take the value as Java returns it. */
    static boolean plain(Type type) {
        if (type instanceof Class<?> c) {
            return PLAIN.contains(c) || c.isEnum() || ownView(c);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && p.getActualTypeArguments().length == 1) {
            return plain(p.getActualTypeArguments()[0]);
        }
        return false;
    }

    /** A class of this service that is neither a collection nor a map: GraphQL reads its own fields. */
    private static boolean ownView(Class<?> c) {
        return c.getName().startsWith("dev.newsgraph.") && !Collection.class.isAssignableFrom(c)
                && !java.util.Map.class.isAssignableFrom(c);
    }
}
