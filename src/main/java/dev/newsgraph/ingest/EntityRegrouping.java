package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.curation.CurationDecisions;
import dev.newsgraph.curation.CurationLog;
import dev.newsgraph.extract.EntityType;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.graph.GraphWriter;

/**
 * Regroups entities that extraction grouped wrongly: merges "two nodes for one minister" and splits "one node,
 * two people" (where an entity is named by one alias, it is another entity). Each decision is stored, then the
 * articles that mention the entities are projected again, so that the graph's own write path moves mentions,
 * aliases and facts (merged on their keys, evidence kept) and drops nodes no article mentions any more. The same
 * decisions apply to every later projection, a rebuild included.
 */
@ApplicationScoped
public class EntityRegrouping {

    /** At most this many entities merged by one call. */
    public static final int MAX_MERGED = 20;

    @Inject
    CurationDecisions decisions;

    @Inject
    GraphReader graph;

    @Inject
    GraphWriter writer;

    @Inject
    ArticleIngestion ingestion;

    @Inject
    CurationLog log;

    /** What a merge did: the ids merged now (already merged ones left out) and the articles projected again. */
    public record Merged(String keep, List<String> merged, int articlesReprojected) {
    }

    /** @throws IllegalArgumentException when the request cannot be carried out, with what to change */
    public Merged merge(String keep, List<String> merge, String actor) {
        Set<String> ids = new LinkedHashSet<>(merge);
        if (ids.isEmpty() || ids.size() > MAX_MERGED) {
            throw new IllegalArgumentException("merge must name 1 to " + MAX_MERGED + " entities, got " + ids.size());
        }
        if (ids.contains(keep)) {
            throw new IllegalArgumentException("keep must not be among the entities to merge: " + keep);
        }
        String keepNow = decisions.resolve(keep);
        if (!keepNow.equals(keep)) {
            throw new IllegalArgumentException(keep + " was merged into " + keepNow + " before: keep that one");
        }
        List<String> toMerge = new ArrayList<>();
        for (String id : ids) {
            if (!decisions.resolve(id).equals(keep)) {
                toMerge.add(id); // one merged into keep before needs nothing more
            }
        }
        List<String> asked = new ArrayList<>(ids);
        asked.add(keep);
        Set<String> known = graph.existingEntities(asked);
        List<String> unknown = asked.stream().filter(id -> !known.contains(id) && (id.equals(keep) || toMerge.contains(id)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no entity with the id " + String.join(", ", unknown));
        }
        // ids merged before that the graph still holds: a merge whose projection failed half-way, completed now
        List<String> left = ids.stream().filter(id -> known.contains(id) && !toMerge.contains(id)).toList();
        if (toMerge.isEmpty() && left.isEmpty()) {
            return new Merged(keep, List.of(), 0);
        }
        List<String> touched = new ArrayList<>(toMerge);
        touched.addAll(left);
        List<String> articles = graph.articlesMentioning(touched);
        if (!toMerge.isEmpty()) {
            decisions.merge(keep, toMerge);
        }
        int reprojected = ingestion.reproject(articles);
        log.record(actor, "mergeEntities", keep, "merged: " + String.join(", ", toMerge) + "; articles projected again: "
                + reprojected + " of " + articles.size(), touched(keep, toMerge));
        return new Merged(keep, toMerge, reprojected);
    }

    /** What a split did: the entity that has the alias now, and the articles projected again. */
    public record Split(String from, String to, int articlesReprojected) {
    }

    /**
     * @param to an existing entity's id, or null for a new entity named by the alias
     * @throws IllegalArgumentException when the request cannot be carried out, with what to change
     */
    public Split split(String entityId, String alias, String to, String actor) {
        String from = decisions.resolve(entityId);
        String name = alias == null ? "" : alias.strip();
        GraphReader.EntityNames names = graph.entityNames(from)
                .orElseThrow(() -> new IllegalArgumentException("no entity with the id " + entityId));
        if (names.names().stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
            throw new IllegalArgumentException(entityId + " is not named \"" + name + "\": its names are "
                    + String.join(", ", names.names()));
        }
        String target = to != null ? decisions.resolve(to) : newId(EntityType.valueOf(names.type().toUpperCase(
                java.util.Locale.ROOT)), name, from);
        if (target.equals(from)) {
            throw new IllegalArgumentException("to must be another entity than " + from);
        }
        if (to != null && graph.existingEntities(List.of(target)).isEmpty()) {
            throw new IllegalArgumentException("no entity with the id " + to);
        }
        List<String> articles = graph.articlesMentioning(List.of(from));
        decisions.split(from, name, target, name);
        int reprojected = ingestion.reproject(articles);
        writer.dropAlias(from, name); // projections only add aliases
        log.record(actor, "splitAlias", from, "alias \"" + name + "\" to " + target + "; articles projected again: "
                + reprojected + " of " + articles.size(), List.of(from, target));
        return new Split(from, target, reprojected);
    }

    /** The kept entity and the ones merged into it: what a merge changed. */
    private static List<String> touched(String keep, List<String> merged) {
        List<String> ids = new ArrayList<>(merged);
        ids.add(0, keep);
        return ids;
    }

    /** The id extraction would give the alias, made unique where it is taken ("person:smith-2"). */
    private String newId(EntityType type, String alias, String from) {
        String base = type.idFor(alias);
        String id = base;
        for (int n = 2; id.equals(from) || !graph.existingEntities(List.of(id)).isEmpty(); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
