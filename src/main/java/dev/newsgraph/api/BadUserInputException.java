package dev.newsgraph.api;

import io.smallrye.graphql.api.ErrorCode;

/** The request cannot be answered as asked; the message tells the client what to change. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends RuntimeException {

    public BadUserInputException(String message) {
        super(message);
    }
}
