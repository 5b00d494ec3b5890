package dev.newsgraph.api;

import dev.newsgraph.api.Entities.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
import dev.newsgraph.api.Views.EntityMentionView;
import dev.newsgraph.api.Views.PartyView;
import dev.newsgraph.api.Views.RelationView;
import dev.newsgraph.api.Views.RoleView;
import dev.newsgraph.api.Views.SearchHitView;
import dev.newsgraph.extract.RelationType;
import dev.newsgraph.graph.Direction;
import dev.newsgraph.graph.EntityShape;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.graph.GraphRecords;
import dev.newsgraph.security.Access;

/**
 * Entities: look-up, full-text search, and the nested lists of each entity (relations, articles,
 * co-mentions, a person's roles, an agreement's parties), which the entity's own query has usually read.
 */
@GraphQLApi
// Each operation on its own virtual thread: blocking Neo4j and JDBC calls then run side by side
// instead of queueing behind one another on a Vert.x context.
@RunOnVirtualThread
@Access(Access.Level.READ)
public class EntityApi {

    private static final int MAX_SEARCH_CHARS = 200;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EntityApi.class);

    @Inject
    GraphReader graph;

    @Inject
    io.smallrye.graphql.api.Context context;

    @Query
    @Description("One entity by id (such as country:CN or person:xi-jinping), or null.")
    public Entity entity(@NonNull @Id String id) {
        return graph.entity(id, Selections.shape(context, "", 1)).map(Entities::of).orElse(null);
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
        return graph.search(query, text.strip(), labels, size, Selections.shape(context, "entity", size)).stream()
                .map(h -> new Views.SearchHitView(Entities.of(h.entity()), h.score())).toList();
    }

    // The nested lists below are not batched: SmallRye batches every call of a field at one depth into
    // one call with the first call's arguments, which would mix up relations(first: 3) under one parent
    // with relations(direction: OUTGOING) under another. Each resolver instead returns what its entity's
    // query already read (Selections); reading it now is the rare fallback.

    @Description("Facts that link this entity to others, sorted by type and the other end's name, each with its "
            + "evidence sentences; after takes a relation's cursor and gives the facts after it.")
    public @NonNull List<@NonNull RelationView> relations(@Source Entity entity, List<RelationType> types,
            @DefaultValue("BOTH") Direction direction, @DefaultValue("20") Integer first, String after) {
        EntityShape.Nested list = Selections.current(context, () -> Selections.relations(
                Selections.relationTypes(types == null ? null : types.stream().map(Enum::name).toList()),
                direction == null ? Direction.BOTH : direction, Paging.first(first), RelationCursors.decode(after),
                Selections.EVIDENCE_PER_RELATION, EntityShape.FLAT));
        return this.<GraphRecords.RelationRecord, RelationView> nested(entity, list, RelationView::of);
    }

    @Description("Articles that mention this entity, newest first.")
    public @NonNull List<@NonNull ArticleMentionView> articles(@Source Entity entity, @DefaultValue("20") Integer first) {
        EntityShape.Nested list = Selections.current(context, () -> new EntityShape.Articles(Paging.first(first)));
        return this.<GraphRecords.ArticleMention, ArticleMentionView> nested(entity, list, ArticleMentionView::of);
    }

    @Description("Entities mentioned in the same articles as this one, with how many articles they share.")
    public @NonNull List<@NonNull EntityMentionView> coMentioned(@Source Entity entity, @DefaultValue("10") Integer first) {
        EntityShape.Nested list = Selections.current(context,
                () -> new EntityShape.CoMentioned(Paging.first(first), EntityShape.FLAT));
        return this.<GraphRecords.EntityMention, EntityMentionView> nested(entity, list, EntityMentionView::of);
    }

    @Description("The titles this person holds, and where.")
    public @NonNull List<@NonNull RoleView> roles(@Source Entities.Person person) {
        EntityShape.Nested list = Selections.current(context, () -> new EntityShape.Linked(EntityShape.Link.ROLES, EntityShape.FLAT));
        return this.<GraphRecords.Role, RoleView> nested(person, list, RoleView::of);
    }

    @Description("Who is party to this agreement, and with which status (proposed, negotiating, agreed, signed, withdrawn).")
    public @NonNull List<@NonNull PartyView> parties(@Source Entities.Agreement agreement) {
        EntityShape.Nested list = Selections.current(context, () -> new EntityShape.Linked(EntityShape.Link.PARTIES, EntityShape.FLAT));
        return this.<GraphRecords.Party, PartyView> nested(agreement, list, PartyView::of);
    }

    /**
     * A nested list of an entity: what the entity's own query already read (the usual case, see
     * {@link Selections}), else read now, with everything selected below it.
     */
    private <R, V> List<V> nested(Entity entity, EntityShape.Nested list, Function<R, V> view) {
        List<R> items = node(entity).nested(list.key());
        if (items == null) {
            // Worth knowing: a round trip the entity's own query could have saved.
            LOG.debugf("%s of %s was not read with it (it has %s); reading it now", list.key(), entity.getId(),
                    node(entity).record().nested().keySet());
            GraphRecords.EntityRecord record = graph.entities(List.of(entity.getId()), EntityShape.FLAT.with(list))
                    .get(entity.getId());
            items = record == null ? List.of() : record.nested(list.key());
        }
        List<V> views = new ArrayList<>(items.size());
        items.forEach(item -> views.add(view.apply(item)));
        return views;
    }

    private static Entities.EntityNode node(Entity e) {
        return (Entities.EntityNode) e;
    }

}
