package dev.newsgraph.localneo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Starts the local Neo4j server before anything talks to the graph, and stops it with the service.
 * Does nothing when NEO4J_URI names a server of your own, or when disabled (tests start one per run).
 */
@ApplicationScoped
// A native executable is deployed next to a Neo4j server of its own: the launcher stays out of it.
@UnlessBuildProperty(name = "quarkus.native.enabled", stringValue = "true", enableIfMissing = true)
public class LocalNeo4jLauncher {

    private static final Logger LOG = Logger.getLogger(LocalNeo4jLauncher.class);

    @ConfigProperty(name = "newsgraph.neo4j.local.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "NEO4J_URI")
    Optional<String> externalUri;

    @ConfigProperty(name = "newsgraph.neo4j.local.lib-dir", defaultValue = "target/neo4j-server/lib")
    Path libDir;

    @ConfigProperty(name = "newsgraph.neo4j.local.home-dir", defaultValue = "data/neo4j")
    Path homeDir;

    @ConfigProperty(name = "newsgraph.neo4j.local.bolt-port", defaultValue = "7687")
    int boltPort;

    @ConfigProperty(name = "newsgraph.neo4j.local.start-timeout", defaultValue = "PT90S")
    Duration startTimeout;

    private LocalNeo4jServer server;

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (!enabled || externalUri.filter(uri -> !uri.isBlank()).isPresent()) {
            return;
        }
        LOG.infof("Starting the local Neo4j server (jars %s, data %s); set NEO4J_URI to use your own", libDir, homeDir);
        server = LocalNeo4jServer.start(libDir, homeDir, boltPort, startTimeout);
    }

    void stop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
