package dev.newsgraph.article;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Makes every commit to an H2 file database reach the file before the commit returns. H2 has no redo log: by
 * default it writes committed changes up to half a second later, so a killed service lost articles it had
 * acknowledged (and the stream had committed their offsets). PostgreSQL needs nothing: its commits are durable.
 * Runs before anything writes (sample articles, the stream, the API).
 */
@ApplicationScoped
public class H2CommitDurability {

    private static final Logger LOG = Logger.getLogger(H2CommitDurability.class);

    @Inject
    DataSource dataSource;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 5) StartupEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (!"H2".equals(meta.getDatabaseProductName()) || meta.getURL().startsWith("jdbc:h2:mem:")) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0"); // a database setting: every session's commits
            }
            LOG.debugf("H2 at %s writes each commit to its file before the commit returns", meta.getURL());
        } catch (SQLException e) {
            // an unreachable store does not stop the service; its commits are then as durable as H2's default
            LOG.warnf("Could not make the article store's commits durable (%s): a killed service may lose "
                    + "the last half second of stored articles", e.getMessage());
        }
    }
}
