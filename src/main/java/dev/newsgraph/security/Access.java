package dev.newsgraph.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * What a GraphQL operation needs from its caller: {@link Level#READ} or {@link Level#WRITE}. Put on a
 * GraphQL API class (its queries) and on each mutation; {@link AccessInterceptor} enforces it with the
 * identity Quarkus security established, and answers with a GraphQL error code a client can act on.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Access {

    @Nonbinding
    Level value();

    enum Level {
        READ, WRITE
    }
}
