package dev.newsgraph.article;

/** The article cannot be accepted as sent; the message says why, in words for the client. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }
}
