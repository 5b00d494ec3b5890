package dev.newsgraph.graph;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

import io.quarkus.runtime.StartupEvent;

/**
 * Brings the graph schema up to date at start-up. A Neo4j that is not reachable yet does not stop the
 * service (articles are still stored and projected later); a changed, already applied file does.
 */
@ApplicationScoped
public class GraphSchemaMigrator {

    private static final Logger LOG = Logger.getLogger(GraphSchemaMigrator.class);

    @Inject
    Driver driver;

    private final List<GraphSchema.SchemaFile> files = GraphSchema.load(GraphSchemaMigrator.class.getClassLoader());
    private volatile boolean upToDate;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event) {
        try {
            ensureUpToDate();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            LOG.warnf("Neo4j is not reachable (%s): the graph schema will be applied when it is", e.getMessage());
        }
    }

    /** Applies pending schema files once; cheap after the first success. */
    public void ensureUpToDate() {
        if (upToDate) {
            return;
        }
        synchronized (this) {
            if (!upToDate) {
                List<String> applied = GraphSchema.apply(driver, files);
                LOG.infof("Graph schema up to date (%d files, applied now: %s)", files.size(),
                        applied.isEmpty() ? "none" : String.join(", ", applied));
                upToDate = true;
            }
        }
    }

    public boolean isUpToDate() {
        return upToDate;
    }
}
