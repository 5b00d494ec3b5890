package dev.newsgraph.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import dev.newsgraph.localneo4j.LocalNeo4jServer;

/**
 * One real Neo4j server for the whole test run: started when JUnit opens its session, on a free
 * port and in a temporary folder, and stopped (folder removed) when the session closes.
 * Set -Dnewsgraph.test.neo4j-uri=bolt://... to run the tests against a server of your own instead.
 */
public class Neo4jTestSession implements LauncherSessionListener {

    private static LocalNeo4jServer server;
    private static Path home;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String external = System.getProperty("newsgraph.test.neo4j-uri");
        if (external != null && !external.isBlank()) {
            System.setProperty("quarkus.neo4j.uri", external);
            return;
        }
        try {
            home = Files.createTempDirectory("newsgraph-test-neo4j");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Path lib = Path.of(System.getProperty("newsgraph.neo4j.local.lib-dir", "target/neo4j-server/lib"));
        server = LocalNeo4jServer.start(lib, home, 0, Duration.ofSeconds(120));
        System.setProperty("quarkus.neo4j.uri", server.boltUri());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.close();
            server = null;
            deleteQuietly(home);
        }
    }

    public static String boltUri() {
        return System.getProperty("quarkus.neo4j.uri");
    }

    private static void deleteQuietly(Path dir) {
        try {
            TempDirs.delete(dir);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
