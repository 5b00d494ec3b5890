package dev.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Applies the versioned Cypher files of graph-schema/ in order, each exactly once, and records each
 * applied version as a (:SchemaVersion) node with the file's checksum.
 *
 * <p>neo4j-migrations would be the library for this, but its parent POM is missing on the Maven
 * mirror reached here; this is the smallest applier that keeps its contract: ordered, recorded, and a
 * changed file that was already applied stops the start-up instead of being skipped.
 */
public final class GraphSchema {

    static final String INDEX = "graph-schema/index.txt";
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d{3})__([A-Za-z0-9_]+)\\.cypher");

    /** One schema file: its version, description, statements and checksum. */
    public record SchemaFile(String version, String description, String fileName, List<String> statements,
            String checksum) {
    }

    /** A changed file that was already applied, or a broken index: the graph cannot be trusted. */
    public static final class SchemaMismatchException extends IllegalStateException {
        SchemaMismatchException(String message) {
            super(message);
        }
    }

    private GraphSchema() {
    }

    /** Reads the schema files named in graph-schema/index.txt from the classpath, in order. */
    public static List<SchemaFile> load(ClassLoader loader) {
        List<SchemaFile> files = new ArrayList<>();
        String previous = "";
        for (String line : read(loader, INDEX).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = FILE_NAME.matcher(name);
            if (!m.matches()) {
                throw new SchemaMismatchException("graph-schema file name must look like V001__what_it_does.cypher: " + name);
            }
            String version = "V" + m.group(1);
            if (version.compareTo(previous) <= 0) {
                throw new SchemaMismatchException("graph-schema/index.txt must list versions in increasing order: " + name);
            }
            previous = version;
            String text = read(loader, "graph-schema/" + name);
            files.add(new SchemaFile(version, m.group(2).replace('_', ' '), name, statements(text), sha256(text)));
        }
        return List.copyOf(files);
    }

    /**
     * Applies what is not applied yet.
     *
     * @return the versions applied by this call
     * @throws SchemaMismatchException when an applied file has changed since
     */
    public static List<String> apply(Driver driver, List<SchemaFile> files) {
        List<String> applied = new ArrayList<>();
        try (Session session = driver.session()) {
            Map<String, String> recorded = new java.util.HashMap<>();
            for (Record r : session.run("MATCH (v:SchemaVersion) RETURN v.version AS version, v.checksum AS checksum").list()) {
                recorded.put(r.get("version").asString(), r.get("checksum").asString());
            }
            for (SchemaFile file : files) {
                String checksum = recorded.get(file.version());
                if (checksum != null) {
                    if (!checksum.equals(file.checksum())) {
                        throw new SchemaMismatchException("graph-schema/" + file.fileName()
                                + " has changed since it was applied (checksum " + checksum + ", now " + file.checksum()
                                + "): applied files must not change, add a new version instead");
                    }
                    continue;
                }
                // Schema statements cannot share a transaction with writes: each runs on its own and is
                // idempotent (IF NOT EXISTS), so a file interrupted half-way is simply applied again.
                for (String statement : file.statements()) {
                    session.run(statement).consume();
                }
                session.run("""
                        MERGE (v:SchemaVersion {version: $version})
                        SET v.description = $description, v.checksum = $checksum, v.appliedAt = datetime()
                        """, Map.of("version", file.version(), "description", file.description(),
                        "checksum", file.checksum())).consume();
                applied.add(file.version());
            }
        }
        return applied;
    }

    static List<String> statements(String text) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (!stripped.startsWith("//")) {
                withoutComments.append(line).append('\n');
            }
        }
        List<String> statements = new ArrayList<>();
        for (String part : withoutComments.toString().split(";\\s*(\n|$)")) {
            if (!part.isBlank()) {
                statements.add(part.strip());
            }
        }
        return statements;
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SchemaMismatchException("missing schema resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
