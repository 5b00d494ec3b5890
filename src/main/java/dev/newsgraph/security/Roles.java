package dev.newsgraph.security;

/** The roles an API key can hold. */
public final class Roles {

    /** May call mutations: ingest, reprocess. */
    public static final String WRITER = "writer";
    /** May query, when reading is not open. */
    public static final String READER = "reader";

    private Roles() {
    }
}
