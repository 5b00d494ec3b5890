package dev.newsgraph.security;

import java.util.Map;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * API keys and who may read. A key has a secret token and roles: {@code writer} may call mutations,
 * {@code reader} may query. Example: newsgraph.auth.keys.ingest-bot.token=..., .roles=writer,reader
 */
@ConfigMapping(prefix = "newsgraph.auth")
public interface AuthConfig {

    /** Queries without a key are allowed (true) or need a key with the reader role (false). */
    @WithDefault("true")
    boolean readOpen();

    /** The API keys, by name (the name is what logs show; never the token). */
    Map<String, ApiKey> keys();

    interface ApiKey {
        String token();

        @WithDefault("reader")
        Set<String> roles();
    }
}
