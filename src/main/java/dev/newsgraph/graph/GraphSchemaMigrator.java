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
    private static final long RETRY_AFTER_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    private volatile boolean upToDate;
    private volatile long lastFailure = System.nanoTime() - RETRY_AFTER_NANOS;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event) {
        try {
            ensureUpToDate();
        } catch (GraphUnavailableException | ServiceUnavailableException | SessionExpiredException e) {
            LOG.warnf("Neo4j is not reachable (%s): the graph schema will be applied when it is", e.getMessage());
        } catch (org.neo4j.driver.exceptions.ClientException e) {
            if (!isConnectionProblem(e)) {
                throw e;
            }
            LOG.warnf("Neo4j does not answer (%s): the graph schema will be applied when it does", e.getMessage());
        }
    }

    /**
     * Applies pending schema files once; cheap after the first success. After a failed attempt, callers
     * fail fast for a few seconds instead of queueing behind one another on a Neo4j that is down.
     *
     * @throws GraphUnavailableException when Neo4j failed moments ago
     */
    public void ensureUpToDate() {
        if (upToDate) {
            return;
        }
        if (System.nanoTime() - lastFailure < RETRY_AFTER_NANOS) {
            throw new GraphUnavailableException("Neo4j was not reachable moments ago");
        }
        synchronized (this) {
            if (upToDate) {
                return;
            }
            if (System.nanoTime() - lastFailure < RETRY_AFTER_NANOS) {
                throw new GraphUnavailableException("Neo4j was not reachable moments ago");
            }
            try {
                List<String> applied = GraphSchema.apply(driver, files);
                LOG.infof("Graph schema up to date (%d files, applied now: %s)", files.size(),
                        applied.isEmpty() ? "none" : String.join(", ", applied));
                upToDate = true;
            } catch (GraphSchema.SchemaMismatchException e) {
                throw e;
            } catch (RuntimeException e) {
                lastFailure = System.nanoTime();
                throw e;
            }
        }
    }

    private static boolean isConnectionProblem(org.neo4j.driver.exceptions.ClientException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("acquire connection") || message.contains("Connection to the database terminated");
    }

    /** The graph cannot be written now; the article stays pending and is projected later. */
    public static final class GraphUnavailableException extends IllegalStateException {
        GraphUnavailableException(String message) {
            super(message);
        }
    }
}
