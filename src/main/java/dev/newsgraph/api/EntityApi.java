package dev.newsgraph.api;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.api.Entities.Entity;
import dev.newsgraph.api.Views.SearchHitView;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.security.Access;

/** Entities: look-up by id and full-text search. Their nested lists are in {@link EntityFields}. */
@GraphQLApi
@Access(Access.Level.READ)
public class EntityApi {

    private static final int MAX_SEARCH_CHARS = 200;

    @Inject
    GraphReader graph;

    @Inject
    dev.newsgraph.curation.CurationDecisions decisions;

    @Inject
    io.smallrye.graphql.api.Context context;

    @Query
    @Description("One entity by id (such as country:CN or person:xi-jinping), or null.")
    public Entity entity(@NonNull @Id String id) {
        // an id merged into another answers with that one
        String current = decisions.resolve(ArgumentBounds.id("id", id));
        return graph.entity(current, Selections.shape(context, "")).map(Entities::of).orElse(null);
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
        return graph.search(query, text.strip(), labels, size, Selections.shape(context, "entity")).stream()
                .map(h -> new Views.SearchHitView(Entities.of(h.entity()), h.score())).toList();
    }

}
