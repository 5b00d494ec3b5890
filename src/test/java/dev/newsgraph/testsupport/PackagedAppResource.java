package dev.newsgraph.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Configures the packaged application that integration tests start: it talks to the test run's
 * Neo4j (see {@link Neo4jTestSession}) and keeps its H2 database under target/, fresh each run.
 */
public class PackagedAppResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Path data = Path.of("target", "it-data");
        try {
            TempDirs.delete(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "quarkus.neo4j.uri", Neo4jTestSession.boltUri(),
                "newsgraph.neo4j.local.enabled", "false",
                "newsgraph.auth.keys.tests.token", GraphQL.WRITER_KEY,
                "newsgraph.auth.keys.tests.roles", "writer,reader",
                "quarkus.datasource.jdbc.url", "jdbc:h2:file:./target/it-data/newsgraph",
                // The launcher sets the HTTP test port but not the management one, which tests read.
                "quarkus.management.port", ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.management.test-port", String.class).orElse("9001"));
    }

    @Override
    public void stop() {
        // The Neo4j server belongs to the test session; the database folder is cleared on the next start.
    }
}
