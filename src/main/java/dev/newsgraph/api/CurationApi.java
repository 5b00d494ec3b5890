package dev.newsgraph.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.newsgraph.api.Entities.Entity;
import dev.newsgraph.curation.ArticleDeletion;
import dev.newsgraph.curation.CurationLog;
import dev.newsgraph.ingest.EntityRegrouping;
import dev.newsgraph.security.Access;
import io.quarkus.security.identity.SecurityIdentity;

/** Corrections to the graph by a person: removing an article for good, and the audit list of such decisions. */
@GraphQLApi
@Access(Access.Level.READ)
public class CurationApi {

    @Inject
    ArticleDeletion deletion;

    @Inject
    CurationLog log;

    @Inject
    EntityRegrouping regrouping;

    @Inject
    dev.newsgraph.curation.EntityCorrections corrections;

    @Inject
    dev.newsgraph.curation.FactRetraction retraction;


    /** A fact's key holds its type, two ids and a title. */
    static final int MAX_FACT_KEY_CHARS = 700;

    @Inject
    SecurityIdentity identity;

    @Inject
    dev.newsgraph.graph.GraphReader graph;

    @Inject
    io.smallrye.graphql.api.Context context;

    @Name("DeleteArticleResult")
    public record DeleteArticleResult(@NonNull @Id String articleId,
            @Description("False when the article was already gone from the store and the graph") boolean deleted,
            @Description("Facts whose last evidence was this article's") long factsRemoved,
            @Description("Entities no other article mentions") long entitiesRemoved) {
    }

    @Name("CurationEntry")
    public record CurationEntry(@NonNull java.time.Instant at, @Description("The API key's name") @NonNull String actor,
            @NonNull String action, @NonNull String target, String detail) {
    }

    @Name("CurationEdge")
    public record CurationEdge(@NonNull String cursor, @NonNull CurationEntry node) {
    }

    @Name("CurationConnection")
    public record CurationConnection(@NonNull List<@NonNull CurationEdge> edges, @NonNull Views.PageInfo pageInfo,
            long totalCount) {
    }

    @Mutation
    @Access(Access.Level.WRITE)
    @Description("Removes the article from the store and from the graph: its mentions and evidence, every fact "
            + "whose last evidence it was and every entity no other article mentions. Idempotent; recorded in "
            + "curationLog.")
    public @NonNull DeleteArticleResult deleteArticle(@NonNull @Id String id) {
        ArgumentBounds.id("id", id);
        ArticleDeletion.Deleted d = decided(actor -> deletion.delete(id, actor));
        return new DeleteArticleResult(d.articleId(), d.deleted(), d.factsRemoved(), d.entitiesRemoved());
    }

    @Name("MergeEntitiesResult")
    public record MergeEntitiesResult(@NonNull Entity entity,
            @Description("The ids merged by this call (ids merged into it before are left out)") @NonNull List<@NonNull String> merged,
            @Description("Articles projected again with the merge") int articlesReprojected) {
    }

    @Mutation
    @Access(Access.Level.WRITE)
    @Description("Makes the entities in merge one with keep: their mentions, aliases and facts (merged on their keys, "
            + "evidence kept) move to keep, entity(id:) of a merged id answers keep, and later articles that name them "
            + "attach to keep. Stored, so that reprocess keeps it; recorded in curationLog.")
    public @NonNull MergeEntitiesResult mergeEntities(@NonNull @Id String keep, @NonNull List<@NonNull String> merge) {
        ArgumentBounds.id("keep", keep);
        merge.forEach(id -> ArgumentBounds.id("merge", id));
        EntityRegrouping.Merged m = decided(actor -> regrouping.merge(keep, merge, actor));
        return new MergeEntitiesResult(read(m.keep(), "entity"), m.merged(), m.articlesReprojected());
    }

    @Name("SplitAliasResult")
    public record SplitAliasResult(@NonNull Entity from, @NonNull Entity to,
            @Description("Articles projected again with the split") int articlesReprojected) {
    }

    @Mutation
    @Access(Access.Level.WRITE)
    @Description("One node, two people: where the entity is named by alias, it is the entity to (or, without to, a new "
            + "entity named by the alias). Articles that name it only so move over with their facts; in the others "
            + "only the alias's mentions move. Stored, so that later articles and reprocess keep it; takes back a "
            + "merge of that name; recorded in curationLog.")
    public @NonNull SplitAliasResult splitAlias(@NonNull @Id String entity, @NonNull String alias, @Id String to) {
        ArgumentBounds.id("entity", entity);
        ArgumentBounds.id("to", to);
        if (alias.length() > dev.newsgraph.curation.EntityCorrections.MAX_NAME_CHARS) {
            throw new BadUserInputException("alias must be at most " + dev.newsgraph.curation.EntityCorrections.MAX_NAME_CHARS
                    + " characters");
        }
        EntityRegrouping.Split split = decided(actor -> regrouping.split(entity, alias, to, actor));
        return new SplitAliasResult(read(split.from(), "from"), read(split.to(), "to"), split.articlesReprojected());
    }

    /** The entity a decision left, as the client's selection under {@code path} ("" for the field) asks for it. */
    private Entity read(String id, String path) {
        return graph.entity(id, Selections.shape(context, path)).map(Entities::of)
                .orElseThrow(() -> new IllegalStateException("entity " + id + " is not in the graph"));
    }

    /** Carries out a curation decision as the calling key; what the caller must change is BAD_USER_INPUT. */
    private <T> T decided(java.util.function.Function<String, T> decision) {
        try {
            return decision.apply(identity.getPrincipal().getName());
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException(e.getMessage());
        }
    }

    @Mutation
    @Access(Access.Level.WRITE)
    @Description("Gives the entity a new name; the old one becomes an alias. Stored, so that later articles and "
            + "reprocess keep it; recorded in curationLog.")
    public @NonNull Entity renameEntity(@NonNull @Id String id, @NonNull String name) {
        ArgumentBounds.id("id", id);
        return read(decided(actor -> corrections.rename(id, name, actor)), "");
    }

    @Mutation
    @Access(Access.Level.WRITE)
    @Description("Makes the entity one of another type (an Organization that is a Place); its id stays. Stored, so "
            + "that later articles and reprocess keep it; recorded in curationLog.")
    @Name("setEntityType") // SmallRye would drop the "set" of a method's name
    public @NonNull Entity setEntityType(@NonNull @Id String id, @NonNull EntityType type) {
        ArgumentBounds.id("id", id);
        dev.newsgraph.extract.EntityType extracted = dev.newsgraph.extract.EntityType.valueOf(type.name().toUpperCase(
                java.util.Locale.ROOT));
        return read(decided(actor -> corrections.setType(id, extracted, actor)), "");
    }

    @Name("RetractFactResult")
    public record RetractFactResult(@NonNull String key, @NonNull String reason) {
    }

    @Mutation
    @Access(Access.Level.WRITE)
    @Description("Hides a fact (by its key, as Relation.key gives it) from every read of facts, keeping its evidence; "
            + "relations(includeRetracted: true) still lists it. Stored, so that later articles stating it and "
            + "reprocess keep it retracted; recorded in curationLog.")
    public @NonNull RetractFactResult retractFact(@NonNull String key, @NonNull String reason) {
        if (key.length() > MAX_FACT_KEY_CHARS) {
            throw new BadUserInputException("key must be at most " + MAX_FACT_KEY_CHARS + " characters");
        }
        decided(actor -> {
            retraction.retract(key, reason, actor);
            return key;
        });
        return new RetractFactResult(key, reason.strip());
    }

    @Query
    @Description("Curation decisions, newest first, as a cursor connection: who (the API key's name), when, what.")
    public @NonNull CurationConnection curationLog(@DefaultValue("20") Integer first, String after) {
        CurationLog.Page page = log.page(Paging.first(first), after == null ? null : decode(after));
        List<CurationEdge> edges = page.records().stream().map(r -> new CurationEdge(encode(r.id),
                new CurationEntry(r.at, r.actor, r.action, r.target, r.detail))).toList();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new CurationConnection(edges, new Views.PageInfo(page.hasMore(), end), page.total());
    }

    private static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("c1|" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static Long decode(String cursor) {
        try {
            if (cursor.length() > ArgumentBounds.MAX_CURSOR_CHARS) {
                throw new IllegalArgumentException();
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 2 || !parts[0].equals("c1")) {
                throw new IllegalArgumentException();
            }
            return Long.parseLong(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new BadUserInputException("after is not a cursor this API returned");
        }
    }
}
