package dev.newsgraph.security;

import io.smallrye.graphql.api.ErrorCode;

/** No API key, or one that is not valid. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String message) {
        super(message);
    }
}
