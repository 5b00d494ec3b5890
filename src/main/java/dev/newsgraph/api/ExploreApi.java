package dev.newsgraph.api;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.api.Entities.Entity;
import dev.newsgraph.api.Views.EvidenceView;
import dev.newsgraph.extract.RelationType;
import dev.newsgraph.graph.GraphExplorer;
import dev.newsgraph.graph.GraphRecords;
import dev.newsgraph.security.Access;

/** Look-ups, dashboard aggregates and exploration: paths between entities and neighbourhoods. */
@GraphQLApi
@Access(Access.Level.READ)
public class ExploreApi {

    static final int EVIDENCE_PER_EDGE = 3;

    @Inject
    GraphExplorer explorer;

    @Inject
    io.smallrye.graphql.api.Context context;

    public enum Bucket {
        DAY, WEEK, MONTH
    }

    @Name("EntityCount")
    public record EntityCountView(@NonNull Entity entity, @Description("Articles that mention it") long articles,
            @Description("Mentions over those articles") long mentions) {
    }

    @Name("TimelinePoint")
    public record TimelinePointView(@NonNull @Description("First day of the bucket, ISO-8601") String bucket,
            long articles, long mentions) {
    }

    @Name("AgreementParties")
    public record AgreementView(@NonNull Entity agreement, @NonNull List<Views.@NonNull PartyView> parties) {
    }

    @Name("Edge")
    public record EdgeView(@NonNull RelationType type, @NonNull String sourceId, @NonNull String targetId, String title,
            String status, @NonNull List<@NonNull EvidenceView> evidence) {

        static EdgeView of(GraphRecords.Edge e) {
            return new EdgeView(RelationType.valueOf(e.type()), e.sourceId(), e.targetId(), e.title(), e.status(),
                    e.evidence().stream().map(EvidenceView::of).toList());
        }
    }

    @Name("Path")
    public record PathView(@NonNull List<@NonNull Entity> nodes, @NonNull List<@NonNull EdgeView> edges) {
    }

    @Name("Subgraph")
    public record SubgraphView(@NonNull List<@NonNull Entity> nodes, @NonNull List<@NonNull EdgeView> edges) {
    }

    @Name("EntityEdge")
    public record EntityEdgeView(@NonNull String cursor, @NonNull Entity node,
            @Description("Articles mentioning it (in the window, when one is given)") long mentions,
            @Description("Publication time of the latest such article") String lastSeen) {
    }

    @Name("EntityConnection")
    public record EntityConnectionView(@NonNull List<@NonNull EntityEdgeView> edges, @NonNull Views.PageInfo pageInfo,
            long totalCount) {
    }

    @Query
    @Description("Entities as a cursor connection: filtered by type, by part of a name or alias, by being mentioned "
            + "in articles published in [mentionedFrom, mentionedTo) or from one source; sorted by NAME, MENTIONS or LAST_SEEN.")
    public @NonNull EntityConnectionView entities(List<EntityType> types, String nameContains, String mentionedFrom,
            String mentionedTo, String source, @DefaultValue("NAME") GraphExplorer.EntityOrder orderBy,
            @DefaultValue("20") Integer first, String after) {
        int size = Paging.first(first);
        GraphExplorer.EntityOrder order = orderBy == null ? GraphExplorer.EntityOrder.NAME : orderBy;
        if (nameContains != null && nameContains.length() > 200) {
            throw new BadUserInputException("nameContains must be at most 200 characters");
        }
        EntityCursor cursor = after == null ? null : EntityCursor.decode(after, order);
        GraphExplorer.EntityPage page = explorer.entities(labels(types),
                nameContains == null || nameContains.isBlank() ? null : nameContains.strip(),
                Dates.iso("mentionedFrom", mentionedFrom), Dates.iso("mentionedTo", mentionedTo),
                source == null || source.isBlank() ? null : ArgumentBounds.source("source", source), order,
                cursor == null ? null : cursor.id(), cursor == null ? null : cursor.key(), size,
                Selections.shape(context, "edges/node"));
        List<EntityEdgeView> edges = page.rows().stream().limit(size)
                .map(r -> new EntityEdgeView(new EntityCursor(order, r.key(), r.entity().id()).encode(),
                        Entities.of(r.entity()), r.mentions(), r.lastSeen()))
                .toList();
        return new EntityConnectionView(edges, new Views.PageInfo(page.rows().size() > size,
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()), page.total());
    }

    /** Keyset position in an entity list: the sort it belongs to, the row's sort key and id. */
    record EntityCursor(GraphExplorer.EntityOrder order, Object key, String id) {

        String encode() {
            String k = key instanceof Number n ? "d" + n.doubleValue() : "s" + key;
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    String.join("|", "e1", order.name(), id, k).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        static EntityCursor decode(String cursor, GraphExplorer.EntityOrder expected) {
            try {
                if (cursor.length() > ArgumentBounds.MAX_CURSOR_CHARS) {
                    throw new IllegalArgumentException();
                }
                String[] parts = new String(java.util.Base64.getUrlDecoder().decode(cursor),
                        java.nio.charset.StandardCharsets.UTF_8).split("\\|", 4);
                if (parts.length != 4 || !parts[0].equals("e1") || parts[3].isEmpty()) {
                    throw new IllegalArgumentException();
                }
                if (!parts[1].equals(expected.name())) {
                    throw new BadUserInputException("after is a cursor of a list sorted by " + parts[1]
                            + ": ask with the same orderBy");
                }
                Object key = parts[3].charAt(0) == 'd' ? (Object) finite(Double.valueOf(parts[3].substring(1))) : parts[3].substring(1);
                return new EntityCursor(expected, key, parts[2]);
            } catch (IllegalArgumentException e) {
                throw new BadUserInputException("after is not a cursor this API returned");
            }
        }

        /** Sort keys are counts and times: NaN or infinity never came from this API. */
        private static Double finite(Double key) {
            if (!Double.isFinite(key)) {
                throw new IllegalArgumentException();
            }
            return key;
        }
    }

    @Query
    @Description("A country by its ISO 3166-1 alpha-2 code (US, CN, ...), or null.")
    public Entity country(@NonNull String code) {
        if (!code.strip().matches("[A-Za-z]{2}")) {
            throw new BadUserInputException("code must be a two-letter ISO 3166-1 code, such as US or CN");
        }
        return explorer.countryByCode(code.strip().toUpperCase(java.util.Locale.ROOT), Selections.shape(context, ""))
                .map(Entities::of).orElse(null);
    }

    @Query
    @Description("Entities whose name or one of whose aliases is exactly this (ignoring case).")
    public @NonNull List<@NonNull Entity> entitiesByName(@NonNull String name, List<EntityType> types) {
        String query = SearchQuery.of(name);
        if (query.isEmpty() || name.length() > 200) {
            throw new BadUserInputException("name must have words and at most 200 characters");
        }
        return explorer.byName(query, name.strip(), labels(types), Selections.shape(context, "")).stream()
                .map(Entities::of).toList();
    }

    @Query
    @Description("The most mentioned entities, by the number of articles published in [from, to) that mention them.")
    public @NonNull List<@NonNull EntityCountView> topEntities(List<EntityType> types, String from, String to,
            List<String> sources, @DefaultValue("10") Integer first) {
        int size = Paging.first(first);
        return explorer.topEntities(labels(types), Dates.iso("from", from), Dates.iso("to", to),
                sources == null || sources.isEmpty() ? null : ArgumentBounds.sources("sources", sources), size,
                Selections.shape(context, "entity"))
                .stream().map(c -> new EntityCountView(Entities.of(c.entity()), c.articles(), c.mentions())).toList();
    }

    @Query
    @Description("How often an entity is mentioned over time, per day, week or month of publication.")
    public @NonNull List<@NonNull TimelinePointView> timeline(@NonNull @Id String id, String from, String to,
            @DefaultValue("MONTH") Bucket bucket) {
        return explorer.timeline(ArgumentBounds.id("id", id), Dates.iso("from", from), Dates.iso("to", to),
                (bucket == null ? Bucket.MONTH : bucket).name().toLowerCase(java.util.Locale.ROOT)).stream()
                .map(p -> new TimelinePointView(p.bucket(), p.articles(), p.mentions())).toList();
    }

    @Query
    @Description("Agreements with their parties and each party's status; filter by a status and/or a party's id.")
    public @NonNull List<@NonNull AgreementView> agreements(String status, @Id String party,
            @DefaultValue("20") Integer first) {
        if (status != null && !List.of("proposed", "negotiating", "agreed", "signed", "withdrawn").contains(status)) {
            throw new BadUserInputException("status must be one of proposed, negotiating, agreed, signed, withdrawn");
        }
        int size = Paging.first(first);
        return explorer.agreements(status, ArgumentBounds.id("party", party), size, Selections.shape(context, "agreement"),
                Selections.shape(context, "parties/entity")).stream()
                .map(a -> new AgreementView(Entities.of(a.agreement()), a.parties().stream().map(Views.PartyView::of).toList()))
                .toList();
    }

    @Query
    @Description("The shortest paths of facts linking two entities (at most maxHops hops, 1 to "
            + GraphExplorer.MAX_HOPS + "), each hop with its evidence.")
    public @NonNull List<@NonNull PathView> connections(@NonNull @Id String from, @NonNull @Id String to,
            @DefaultValue("3") Integer maxHops, @DefaultValue("5") Integer first) {
        int hops = Paging.bounded("maxHops", maxHops, 3, 1, GraphExplorer.MAX_HOPS);
        int size = Paging.bounded("first", first, 5, 1, 20);
        if (ArgumentBounds.id("from", from).equals(ArgumentBounds.id("to", to))) {
            // Neo4j's shortest-path search refuses equal ends with a database error.
            throw new BadUserInputException("from and to are the same entity: a connection needs two");
        }
        return explorer.connections(from, to, hops, size, EVIDENCE_PER_EDGE, Selections.shape(context, "nodes")).stream()
                .map(p -> new PathView(p.nodes().stream().map(Entities::of).toList(),
                        p.edges().stream().map(EdgeView::of).toList()))
                .toList();
    }

    @Query
    @Description("The entities around one entity (up to depth " + GraphExplorer.MAX_DEPTH
            + " hops, at most limit nodes) and the facts among them: a subgraph ready to draw. Null when the id is unknown.")
    public SubgraphView neighborhood(@NonNull @Id String id, @DefaultValue("1") Integer depth, List<RelationType> types,
            @DefaultValue("50") Integer limit) {
        int d = Paging.bounded("depth", depth, 1, 1, GraphExplorer.MAX_DEPTH);
        int l = Paging.bounded("limit", limit, 50, 1, 200);
        return explorer.neighbourhood(ArgumentBounds.id("id", id), d, Selections.relationTypes(types), l, EVIDENCE_PER_EDGE,
                Selections.shape(context, "nodes"))
                .map(s -> new SubgraphView(s.nodes().stream().map(Entities::of).toList(),
                        s.edges().stream().map(EdgeView::of).toList()))
                .orElse(null);
    }

    private static List<String> labels(List<EntityType> types) {
        return types == null || types.isEmpty() ? null : types.stream().map(Enum::name).toList();
    }
}
