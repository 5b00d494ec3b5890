package dev.newsgraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.newsgraph.api.Entities.Entity;
import dev.newsgraph.api.Views.ArticleMentionView;
import dev.newsgraph.api.Views.EntityMentionView;
import dev.newsgraph.api.Views.PartyView;
import dev.newsgraph.api.Views.RelationView;
import dev.newsgraph.api.Views.RoleView;
import dev.newsgraph.extract.RelationType;
import dev.newsgraph.graph.Direction;
import dev.newsgraph.graph.EntityShape;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.graph.GraphRecords;

/**
 * The nested lists of an entity: relations, articles, co-mentions, a person's roles, an agreement's
 * parties. The query field that returned the entity has almost always read them already.
 *
 * <p>No {@code @Access} here, on purpose: these fields are only reached through a query or mutation
 * field, which checks access; graphql-java resolves them on the request's thread. An interceptor call
 * and a thread hop per entity per field were most of newsgraph's per-request overhead on nested queries.
 */
@GraphQLApi
public class EntityFields {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EntityFields.class);

    /** How sure the extraction must have been, in the API's words. */
    static final String INCLUDE_RETRACTED = "Also the facts a person retracted (retractFact), marked retracted";

    static final String MIN_CONFIDENCE = "Only facts with evidence of at least this confidence (0 to 1: an explicit "
            + "trigger in one clause is about 0.8-0.9, a title's country from context 0.4), and only that evidence";

    @Inject
    GraphReader graph;

    @Inject
    io.smallrye.graphql.api.Context context;

    // The nested lists below are not batched: SmallRye batches every call of a field at one depth into
    // one call with the first call's arguments, which would mix up relations(first: 3) under one parent
    // with relations(direction: OUTGOING) under another. Each resolver instead returns what its entity's
    // query already read (Selections); reading it now is the rare fallback.

    @Description("Facts that link this entity to others, sorted by type and the other end's name, each with its "
            + "evidence sentences; after takes a relation's cursor and gives the facts after it.")
    public @NonNull List<@NonNull RelationView> relations(@Source Entity entity, List<RelationType> types,
            @DefaultValue("BOTH") Direction direction, @DefaultValue("20") Integer first, String after,
            @Description(MIN_CONFIDENCE) Double minConfidence,
            @Description(INCLUDE_RETRACTED) @DefaultValue("false") Boolean includeRetracted) {
        EntityShape.Nested list = Selections.current(context,
                () -> Selections.relations(types, direction, first, after, minConfidence, includeRetracted, false));
        return this.<GraphRecords.RelationRecord, RelationView> nested(entity, list, RelationView::of);
    }

    @Description("The same facts as relations, as a cursor connection: with their total count and whether there are more.")
    public @NonNull RelationConnection relationsConnection(@Source Entity entity, List<RelationType> types,
            @DefaultValue("BOTH") Direction direction, @DefaultValue("20") Integer first, String after,
            @Description(MIN_CONFIDENCE) Double minConfidence,
            @Description(INCLUDE_RETRACTED) @DefaultValue("false") Boolean includeRetracted) {
        EntityShape.Relations list = (EntityShape.Relations) Selections.current(context,
                () -> Selections.relations(types, direction, first, after, minConfidence, includeRetracted, true));
        GraphRecords.RelationPage page = read(entity, list, new GraphRecords.RelationPage(0, List.of()));
        List<RelationEdge> edges = new ArrayList<>();
        for (GraphRecords.RelationRecord r : page.items().subList(0, Math.min(list.first(), page.items().size()))) {
            RelationView view = RelationView.of(r);
            edges.add(new RelationEdge(view.cursor(), view));
        }
        return new RelationConnection(edges, new Views.PageInfo(page.items().size() > list.first(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), page.total());
    }

    @Name("RelationEdge")
    public record RelationEdge(@NonNull String cursor, @NonNull RelationView node) {
    }

    @Name("RelationConnection")
    public record RelationConnection(@NonNull List<@NonNull RelationEdge> edges, @NonNull Views.PageInfo pageInfo,
            @Description("Facts of the asked types and direction, on all pages") long totalCount) {
    }

    @Description("Articles that mention this entity, newest first.")
    public @NonNull List<@NonNull ArticleMentionView> articles(@Source Entity entity, @DefaultValue("20") Integer first) {
        EntityShape.Nested list = Selections.current(context, () -> new EntityShape.Articles(Paging.first(first)));
        return this.<GraphRecords.ArticleMention, ArticleMentionView> nested(entity, list, ArticleMentionView::of);
    }

    @Description("Entities mentioned in the same articles as this one, with how many articles they share, among this "
            + "entity's latest 1,000 articles (by day of publication).")
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

    /** A nested list of an entity, as views. */
    private <R, V> List<V> nested(Entity entity, EntityShape.Nested list, Function<R, V> view) {
        List<R> items = read(entity, list, List.of());
        List<V> views = new ArrayList<>(items.size());
        items.forEach(item -> views.add(view.apply(item)));
        return views;
    }

    /**
     * A nested list (or page) of an entity: what the entity's own query already read (the usual case, see
     * {@link Selections}), else read now, with everything selected below it; {@code none} when the entity
     * is gone.
     */
    private <T> T read(Entity entity, EntityShape.Nested list, T none) {
        T read = node(entity).nested(list.key());
        if (read != null) {
            return read;
        }
        // Worth knowing: a round trip the entity's own query could have saved.
        LOG.debugf("%s of %s was not read with it (it has %s); reading it now", list.key(), entity.getId(),
                node(entity).record().nested().keySet());
        GraphRecords.EntityRecord record = graph.entities(List.of(entity.getId()), EntityShape.FLAT.with(list))
                .get(entity.getId());
        return record == null ? none : record.nested(list.key());
    }

    private static Entities.EntityNode node(Entity e) {
        return (Entities.EntityNode) e;
    }

}
