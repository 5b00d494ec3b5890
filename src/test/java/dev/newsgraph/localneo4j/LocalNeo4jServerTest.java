package dev.newsgraph.localneo4j;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.newsgraph.testsupport.TempDirs;

/**
 * The local server leaves nothing behind: a server whose parent died without stopping it (kill -9)
 * is found through its pid file and stopped before a new one starts on the same data.
 */
class LocalNeo4jServerTest {

    static final Path LIB = Path.of(System.getProperty("newsgraph.neo4j.local.lib-dir", "target/neo4j-server/lib"));

    @Test
    void aLeftoverServerOnTheSameDataIsStoppedBeforeANewOneStarts() throws Exception {
        Path home = Files.createTempDirectory("newsgraph-leftover-neo4j");
        LocalNeo4jServer first = LocalNeo4jServer.start(LIB, home, 0, Duration.ofSeconds(120));
        ProcessHandle leftover = ProcessHandle.of(first.pid()).orElseThrow();
        // As if this JVM had died: the server keeps running and its pid file stays.
        assertTrue(Files.exists(home.resolve("newsgraph-neo4j.pid")));

        try (LocalNeo4jServer second = LocalNeo4jServer.start(LIB, home, 0, Duration.ofSeconds(120))) {
            leftover.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(leftover.isAlive(), "the leftover server was stopped");
            assertTrue(second.isRunning());
        } finally {
            first.close();
        }
        assertFalse(Files.exists(home.resolve("newsgraph-neo4j.pid")), "a clean stop removes the pid file");
        TempDirs.delete(home);
    }

    @Test
    void missingJarsAreAClearError() {
        var error = assertThrows(IllegalStateException.class,
                () -> LocalNeo4jServer.start(Path.of("no-such-folder"), Path.of("target", "unused"), 0, Duration.ofSeconds(5)));
        assertTrue(error.getMessage().contains("NEO4J_URI"), error.getMessage());
    }
}
