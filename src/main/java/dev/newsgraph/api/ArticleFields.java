package dev.newsgraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.api.Views.ArticleView;
import dev.newsgraph.api.Views.ArticleEntityView;
import dev.newsgraph.graph.EntityShape;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.graph.GraphRecords.ArticleEntity;

/**
 * The entities an article mentions. The query field that returned the articles reads them for all of
 * them in one Cypher query ({@link #readMentioned}); this field then hands them out. Like
 * {@link EntityFields}, no @Access and no virtual-thread hop of its own, and no SmallRye batch: a batch
 * runs with its first caller's arguments, so {@code a: entities(first: 1)} and {@code b: entities(first: 5)}
 * would get the same list.
 */
@GraphQLApi
public class ArticleFields {

    @Inject
    GraphReader graph;

    @Inject
    io.smallrye.graphql.api.Context context;

    @Description("The entities this article mentions, most mentioned first, each with where the text names it.")
    public @NonNull List<@NonNull ArticleEntityView> entities(@Source ArticleView article, @DefaultValue("20") Integer first) {
        int size = Paging.first(first);
        List<ArticleEntity> read = article.mentioned().get(key(size));
        if (read == null) {
            read = graph.entitiesMentionedIn(List.of(article.id()), size, Selections.shape(context, "entity"),
                    Selections.selects(context, "mentions")).getOrDefault(article.id(), List.of());
        }
        return read.stream().map(ArticleEntityView::of).toList();
    }

    static String key(int first) {
        return "entities|" + first;
    }

    /**
     * The articles with the {@code entities} lists selected on them (at {@code path} below the current
     * field, "" for the field itself) read: one query per distinct {@code first}, usually one.
     */
    static List<ArticleView> readMentioned(io.smallrye.graphql.api.Context context, GraphReader graph,
            List<ArticleView> articles, String path) {
        if (articles.isEmpty()) {
            return articles;
        }
        Map<Integer, EntityShape> shapes = Selections.articleEntities(context, path);
        if (shapes == null) {
            return articles; // the field reads them itself
        }
        Map<String, Map<String, List<ArticleEntity>>> byArticle = new HashMap<>();
        List<String> ids = articles.stream().map(ArticleView::id).toList();
        boolean spans = Selections.selects(context, (path.isEmpty() ? "" : path + "/") + "entities/mentions");
        for (Map.Entry<Integer, EntityShape> entry : shapes.entrySet()) {
            graph.entitiesMentionedIn(ids, entry.getKey(), entry.getValue(), spans).forEach((id, mentions) -> byArticle
                    .computeIfAbsent(id, k -> new HashMap<>()).put(key(entry.getKey()), mentions));
        }
        return articles.stream().map(a -> a.withMentioned(byArticle.getOrDefault(a.id(), Map.of()))).toList();
    }
}
