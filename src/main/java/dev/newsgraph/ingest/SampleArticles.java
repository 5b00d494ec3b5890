package dev.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.NewArticle;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the sample articles (written for this project, in samples/articles.json) into an empty
 * store on the first run, so that GraphiQL shows a graph at once. A store with articles is left alone.
 */
@ApplicationScoped
public class SampleArticles {

    private static final Logger LOG = Logger.getLogger(SampleArticles.class);
    static final String RESOURCE = "samples/articles.json";

    @ConfigProperty(name = "newsgraph.samples.load", defaultValue = "true")
    boolean load;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @Inject
    ArticleIngestion ingestion;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        if (load && QuarkusTransaction.requiringNew().call(() -> Article.count()) == 0) {
            List<NewArticle> samples = read();
            int projected = 0;
            for (NewArticle sample : samples) {
                if (ingestion.ingest(sample).article().status == dev.newsgraph.article.ArticleStatus.PROJECTED) {
                    projected++;
                }
            }
            LOG.infof("Loaded %d sample articles (%d projected into the graph)", samples.size(), projected);
        }
        LOG.infof("Explorer: http://localhost:%d/   GraphiQL: http://localhost:%d/q/graphql-ui   GraphQL endpoint: "
                + "http://localhost:%d/graphql", port, port, port);
    }

    static List<NewArticle> read() {
        try (InputStream in = SampleArticles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            try (JsonReader reader = Json.createReader(in)) {
                List<NewArticle> articles = new ArrayList<>();
                for (JsonValue value : reader.readArray()) {
                    JsonObject o = value.asJsonObject();
                    articles.add(new NewArticle(o.getString("url", null), o.getString("title", null),
                            o.getString("source", null),
                            o.containsKey("publishedAt") ? Instant.parse(o.getString("publishedAt")) : null,
                            o.getString("text")));
                }
                return articles;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
