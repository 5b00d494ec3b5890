package dev.newsgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import io.smallrye.common.annotation.RunOnVirtualThread;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.api.Views.ArticleMentionView;
import dev.newsgraph.api.Views.RelationView;
import dev.newsgraph.api.Views.SearchHitView;
import dev.newsgraph.extract.RelationType;
import dev.newsgraph.graph.Direction;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.graph.GraphRecords;
import dev.newsgraph.security.Access;

/** Entities: look-up, full-text search, and on each entity its relations and articles (batched). */
@GraphQLApi
// Each operation on its own virtual thread: blocking Neo4j and JDBC calls then run side by side
// instead of queueing behind one another on a Vert.x context.
@RunOnVirtualThread
@Access(Access.Level.READ)
public class EntityApi {

    private static final int MAX_SEARCH_CHARS = 200;
    private static final int EVIDENCE_PER_RELATION = 5;

    @Inject
    GraphReader graph;

    @Inject
    io.smallrye.graphql.api.Context context;

    @Query
    @Description("One entity by id (such as country:CN or person:xi-jinping), or null.")
    public Views.EntityView entity(@NonNull @Id String id) {
        return graph.entity(id).map(Views.EntityView::of).orElse(null);
    }

    @Query
    @Description("Full-text search over entity names and aliases. The text is taken as words, never as query syntax.")
    public @NonNull List<@NonNull SearchHitView> search(@NonNull String text, List<EntityType> types,
            @DefaultValue("20") Integer first) {
        int size = Paging.first(first);
        if (text.length() > MAX_SEARCH_CHARS) {
            throw new BadUserInputException("search text must be at most " + MAX_SEARCH_CHARS + " characters");
        }
        String query = SearchQuery.of(text);
        if (query.isEmpty()) {
            throw new BadUserInputException("search text has no words to look for");
        }
        List<String> labels = types == null || types.isEmpty() ? null : types.stream().map(Enum::name).toList();
        return graph.search(query, text.strip(), labels, size).stream()
                .map(h -> new Views.SearchHitView(Views.EntityView.of(h.entity()), h.score())).toList();
    }

    @Description("Facts that link this entity to others, each with its evidence sentences.")
    public List<@NonNull List<@NonNull RelationView>> relations(@Source List<Views.EntityView> entities,
            List<RelationType> types, @DefaultValue("BOTH") Direction direction,
            @DefaultValue("20") Integer first) {
        int size = Paging.first(first);
        List<String> typeNames = types == null || types.isEmpty() ? GraphReader.RELATION_TYPES
                : types.stream().map(Enum::name).toList();
        // Evidence is read only when the client selected it: it is most of the cost of a relation.
        int evidence = selects("evidence") ? EVIDENCE_PER_RELATION : 0;
        Map<String, List<GraphRecords.RelationRecord>> byEntity = graph.relations(ids(entities), typeNames,
                direction == null ? Direction.BOTH : direction, size, evidence);
        return entities.stream().map(e -> byEntity.getOrDefault(e.id(), List.of()).stream()
                .map(Views.RelationView::of).toList()).toList();
    }

    @Description("Articles that mention this entity, newest first.")
    public List<@NonNull List<@NonNull ArticleMentionView>> articles(@Source List<Views.EntityView> entities,
            @DefaultValue("20") Integer first) {
        int size = Paging.first(first);
        Map<String, List<GraphRecords.ArticleMention>> byEntity = graph.articlesMentioning(ids(entities), size);
        return entities.stream().map(e -> byEntity.getOrDefault(e.id(), List.of()).stream()
                .map(Views.ArticleMentionView::of).toList()).toList();
    }

    /** Whether the field being resolved has {@code name} among its directly selected sub-fields. */
    private boolean selects(String name) {
        try {
            for (jakarta.json.JsonValue field : context.getSelectedFields()) {
                if (field instanceof jakarta.json.JsonObject object ? object.containsKey(name)
                        : field instanceof jakarta.json.JsonString string && string.getString().equals(name)) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return true; // when in doubt, answer in full
        }
    }

    private static List<String> ids(List<Views.EntityView> entities) {
        List<String> ids = new ArrayList<>(entities.size());
        entities.forEach(e -> ids.add(e.id()));
        return ids;
    }
}
