package dev.newsgraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Checks an API key against the configured ones (constant-time) and gives it its roles. */
@ApplicationScoped
@io.quarkus.runtime.Startup
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    /** Identity attribute set when the request carried a key that matches none. */
    public static final String INVALID_KEY = "newsgraph.invalid-key";

    @Inject
    AuthConfig config;

    private Map<String, AuthConfig.ApiKey> keys;

    @PostConstruct
    void init() {
        keys = Map.copyOf(config.keys());
        if (keys.isEmpty()) {
            // Without any key nobody could write; a key for this run keeps a local installation usable.
            String token = java.util.UUID.randomUUID().toString().replace("-", "");
            keys = Map.of("generated", new GeneratedKey(token));
            LOG.warnf("No API keys configured (newsgraph.auth.keys): mutations need this writer key for this run: "
                    + "Authorization: Bearer %s", token);
        }
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        byte[] presented = request.getToken().getToken().getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, AuthConfig.ApiKey> key : keys.entrySet()) {
            if (MessageDigest.isEqual(presented, key.getValue().token().getBytes(StandardCharsets.UTF_8))) {
                return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(key.getKey()))
                        .addRoles(key.getValue().roles())
                        .addCredential(request.getToken())
                        .build());
            }
        }
        // Not a failure at the HTTP level (that would be a bare 401 before GraphQL runs): an anonymous
        // identity marked as holding a bad key, which AccessInterceptor answers with a GraphQL error.
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setAnonymous(true)
                .addAttribute(INVALID_KEY, Boolean.TRUE)
                .build());
    }

    private record GeneratedKey(String token) implements AuthConfig.ApiKey {
        @Override
        public Set<String> roles() {
            return Set.of(Roles.WRITER, Roles.READER);
        }
    }
}
