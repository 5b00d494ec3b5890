package dev.newsgraph.security;

import io.smallrye.graphql.api.ErrorCode;

/** A valid API key without the role the operation needs. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
