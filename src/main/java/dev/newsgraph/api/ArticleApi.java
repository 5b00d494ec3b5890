package dev.newsgraph.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.api.Views.ArticleConnection;
import dev.newsgraph.api.Views.EntityMentionView;
import dev.newsgraph.api.Views.IngestResult;
import dev.newsgraph.article.Article;
import dev.newsgraph.article.InvalidArticleException;
import dev.newsgraph.article.NewArticle;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.ingest.ArticleIngestion;
import dev.newsgraph.security.Access;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Articles: ingestion, look-up and listing; the entities each one mentions are read with them (ArticleFields). */
@GraphQLApi
@Access(Access.Level.READ)
public class ArticleApi {

    @Inject
    ArticleIngestion ingestion;

    @Inject
    GraphReader graph;

    @Inject
    io.smallrye.graphql.api.Context context;

    @Input("ArticleInput")
    @Description("An article to ingest. text may be plain text or an HTML page; publishedAt is ISO-8601.")
    public record ArticleInput(@NonNull String text, String url, String title, String source, String publishedAt) {
    }

    @Mutation
    @Access(Access.Level.WRITE)
    @Description("Stores the article, extracts its facts and projects them into the graph. Idempotent by content: "
            + "the same text again returns the stored article with created = false.")
    public @NonNull IngestResult ingestArticle(@NonNull ArticleInput input) {
        try {
            ArticleIngestion.Ingested ingested = ingestion.ingest(new NewArticle(input.url(), input.title(),
                    input.source(), Dates.parse("publishedAt", input.publishedAt()), input.text()));
            Views.ArticleView view = ArticleFields.readMentioned(context, graph, List.of(Views.ArticleView.of(ingested.article())),
                    "article").get(0);
            return new Views.IngestResult(view, ingested.created());
        } catch (InvalidArticleException e) {
            throw new BadUserInputException(e.getMessage());
        }
    }

    @Query
    @Description("One stored article, or null when there is none with this id.")
    public Views.ArticleView article(@NonNull @Id String id) {
        ArgumentBounds.id("id", id);
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article> findByIdOptional(id))
                .map(a -> ArticleFields.readMentioned(context, graph, List.of(Views.ArticleView.of(a)), "").get(0))
                .orElse(null);
    }

    @Query
    @Description("Stored articles, newest first, as a cursor connection.")
    public @NonNull ArticleConnection articles(@DefaultValue("20") Integer first, String after) {
        int size = Paging.first(first);
        ArticleCursor cursor = after == null ? null : ArticleCursor.decode(after);
        ArticleConnection connection = QuarkusTransaction.requiringNew().call(() -> {
            List<Article> page = (cursor == null
                    ? Article.<Article> find("order by ingestedAt desc, id desc")
                    : Article.<Article> find("ingestedAt < ?1 or (ingestedAt = ?1 and id < ?2) order by ingestedAt desc, id desc",
                            cursor.ingestedAt(), cursor.id()))
                    .range(0, size).list();
            boolean hasNext = page.size() > size;
            List<Views.ArticleEdge> edges = new ArrayList<>();
            for (Article a : page.subList(0, Math.min(size, page.size()))) {
                edges.add(new Views.ArticleEdge(new ArticleCursor(a.ingestedAt, a.id).encode(), Views.ArticleView.of(a)));
            }
            String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
            return new Views.ArticleConnection(edges, new Views.PageInfo(hasNext, end), Article.count());
        });
        // The graph is read after the store's transaction, for the whole page at once.
        List<Views.ArticleView> nodes = ArticleFields.readMentioned(context, graph,
                connection.edges().stream().map(Views.ArticleEdge::node).toList(), "edges/node");
        List<Views.ArticleEdge> edges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(new Views.ArticleEdge(connection.edges().get(i).cursor(), nodes.get(i)));
        }
        return new Views.ArticleConnection(edges, connection.pageInfo(), connection.totalCount());
    }

    /** Position in the newest-first article list; opaque to clients, checked when it comes back. */
    record ArticleCursor(Instant ingestedAt, String id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("a1|" + ingestedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static ArticleCursor decode(String cursor) {
            try {
                if (cursor.length() > ArgumentBounds.MAX_CURSOR_CHARS) {
                    throw new IllegalArgumentException();
                }
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
                if (parts.length != 3 || !parts[0].equals("a1") || parts[2].isEmpty() || parts[2].length() > 36) {
                    throw new IllegalArgumentException();
                }
                return new ArticleCursor(Instant.parse(parts[1]), parts[2]);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new BadUserInputException("after is not a cursor this API returned");
            }
        }
    }
}
