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
import dev.newsgraph.article.ArticleHead;
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

    /** At most this many articles in one ingestArticles call. */
    static final int MAX_BATCH = 100;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "newsgraph.batch.max-total-chars", defaultValue = "4000000")
    long maxBatchChars;

    @org.eclipse.microprofile.graphql.Name("BatchIngestItem")
    @Description("What became of one input of a batch: stored (created, or the same content found), or refused")
    public record BatchIngestItem(@Description("The input's position in the batch, from 0") int index,
            @Description("Null when refused") Boolean created, @Description("Null when refused") Views.ArticleView article,
            @Description("Why the input was refused, or null") String error) {
    }

    @Mutation
    @Access(Access.Level.WRITE)
    @Description("Ingests up to 100 articles (4,000,000 characters of text in all), one result per input in order: "
            + "each is stored or refused on its own, so one bad input does not fail the batch.")
    public @NonNull List<@NonNull BatchIngestItem> ingestArticles(@NonNull List<@NonNull ArticleInput> inputs) {
        if (inputs.isEmpty() || inputs.size() > MAX_BATCH) {
            throw new BadUserInputException("inputs must hold 1 to " + MAX_BATCH + " articles, got " + inputs.size());
        }
        long chars = inputs.stream().mapToLong(i -> i.text().length()).sum();
        if (chars > maxBatchChars) {
            throw new BadUserInputException("the batch holds " + chars + " characters of text; the limit is " + maxBatchChars);
        }
        // dates are read here, so that a bad one refuses its own input only; the rest go to the store together
        String[] refused = new String[inputs.size()];
        List<NewArticle> readable = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ArticleInput input = inputs.get(i);
            try {
                readable.add(new NewArticle(input.url(), input.title(), input.source(),
                        Dates.parse("publishedAt", input.publishedAt()), input.text()));
            } catch (BadUserInputException e) {
                refused[i] = e.getMessage();
            }
        }
        java.util.Iterator<ArticleIngestion.BatchItem> done = ingestion.ingestAll(readable).iterator();
        List<BatchIngestItem> items = new ArrayList<>(inputs.size());
        List<Views.ArticleView> stored = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ArticleIngestion.BatchItem item = refused[i] == null ? done.next() : null;
            if (item == null || item.ingested() == null) {
                items.add(new BatchIngestItem(i, null, null, item == null ? refused[i] : item.refused()));
            } else {
                Views.ArticleView view = Views.ArticleView.of(item.ingested().article());
                stored.add(view);
                items.add(new BatchIngestItem(i, item.ingested().created(), view, null));
            }
        }
        // the entities each stored article mentions, read for all of them at once
        List<Views.ArticleView> read = ArticleFields.readMentioned(context, graph, stored, "article");
        java.util.Iterator<Views.ArticleView> next = read.iterator();
        return items.stream().map(item -> item.article() == null ? item
                : new BatchIngestItem(item.index(), item.created(), next.next(), null)).toList();
    }

    @Query
    @Description("One stored article, or null when there is none with this id.")
    public Views.ArticleView article(@NonNull @Id String id) {
        ArgumentBounds.id("id", id);
        boolean text = Selections.selects(context, "text");
        return QuarkusTransaction.requiringNew().call(() -> text
                ? Article.<Article> findByIdOptional(id).map(Views.ArticleView::of)
                : ArticleHead.byId(id).map(Views.ArticleView::of))
                .map(a -> ArticleFields.readMentioned(context, graph, List.of(a), "").get(0))
                .orElse(null);
    }

    @Query
    @Description("Stored articles, newest first, as a cursor connection.")
    public @NonNull ArticleConnection articles(@DefaultValue("20") Integer first, String after) {
        int size = Paging.first(first);
        ArticleCursor cursor = after == null ? null : ArticleCursor.decode(after);
        boolean text = Selections.selects(context, "edges/node/text");
        ArticleConnection connection = QuarkusTransaction.requiringNew().call(() -> {
            List<Views.ArticleView> page = articlePage(cursor, size + 1, text);
            boolean hasNext = page.size() > size;
            List<Views.ArticleEdge> edges = new ArrayList<>();
            for (Views.ArticleView a : page.subList(0, Math.min(size, page.size()))) {
                edges.add(new Views.ArticleEdge(new ArticleCursor(a.ingestedAt(), a.id()).encode(), a));
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

    /** Up to {@code count} articles after {@code cursor}, newest first; their text only when it is asked for. */
    private static List<Views.ArticleView> articlePage(ArticleCursor cursor, int count, boolean text) {
        String query = cursor == null ? "order by ingestedAt desc, id desc"
                : "ingestedAt < ?1 or (ingestedAt = ?1 and id < ?2) order by ingestedAt desc, id desc";
        Object[] params = cursor == null ? new Object[0] : new Object[] {cursor.ingestedAt(), cursor.id()};
        if (!text) {
            return ArticleHead.page(query, count, params).stream().map(Views.ArticleView::of).toList();
        }
        return Article.<Article> find(query, params).range(0, count - 1).list().stream().map(Views.ArticleView::of).toList();
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
