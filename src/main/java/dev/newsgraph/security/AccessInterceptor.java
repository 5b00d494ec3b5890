package dev.newsgraph.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

/** Enforces {@link Access}: the method's own level wins over its class's. */
@Access(Access.Level.READ)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AccessInterceptor {

    @Inject
    SecurityIdentity identity;

    @Inject
    AuthConfig config;

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        Access access = context.getMethod().getAnnotation(Access.class);
        if (access == null) {
            access = context.getMethod().getDeclaringClass().getAnnotation(Access.class);
        }
        Access.Level level = access == null ? Access.Level.READ : access.value();
        require(level, identity, config.readOpen());
        return context.proceed();
    }

    /**
     * Whether an identity may do what needs {@code level}; throws the GraphQL error a client can act on when not.
     * Also for callers that get the identity without blocking (subscriptions, on the event loop).
     */
    public static void require(Access.Level level, SecurityIdentity identity, boolean readOpen) {
        boolean anonymous;
        try {
            anonymous = identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            throw new UnauthenticatedException("the API key is not valid");
        }
        if (Boolean.TRUE.equals(identity.getAttribute(ApiKeyIdentityProvider.INVALID_KEY))) {
            // Also where no key is needed: a client with a bad key should learn so, not get served silently.
            throw new UnauthenticatedException("the API key is not valid");
        }
        if (level == Access.Level.READ && readOpen) {
            return;
        }
        String role = level == Access.Level.WRITE ? Roles.WRITER : Roles.READER;
        if (anonymous) {
            throw new UnauthenticatedException("this operation needs an API key with the " + role
                    + " role: send Authorization: Bearer <key>");
        }
        if (!identity.hasRole(role)) {
            throw new ForbiddenException("the API key '" + identity.getPrincipal().getName() + "' lacks the " + role
                    + " role");
        }
    }
}
