package dev.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.newsgraph.curation.CurationLog;
import dev.newsgraph.curation.CurationDecisions;
import dev.newsgraph.graph.GraphReader;
import dev.newsgraph.live.LiveEvents;

/**
 * Merges entities that are one ("two nodes for one minister"): the decision is stored, then every article that
 * mentions one of them is projected again, so that the graph's own write path moves their mentions, aliases and
 * facts (merged on their keys, evidence kept) to the kept entity and drops the merged nodes. The same decision
 * applies to every later projection, a rebuild included.
 */
@ApplicationScoped
public class EntityMerging {

    /** At most this many entities merged by one call. */
    public static final int MAX_MERGED = 20;

    @Inject
    CurationDecisions decisions;

    @Inject
    GraphReader graph;

    @Inject
    ArticleIngestion ingestion;

    @Inject
    CurationLog log;

    @Inject
    LiveEvents live;

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
        List<String> asked = new ArrayList<>(toMerge);
        asked.add(keep);
        Set<String> known = graph.existingEntities(asked);
        List<String> unknown = asked.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no entity with the id " + String.join(", ", unknown));
        }
        if (toMerge.isEmpty()) {
            return new Merged(keep, List.of(), 0);
        }
        List<String> articles = graph.articlesMentioning(toMerge);
        decisions.merge(keep, toMerge);
        int reprojected = ingestion.reproject(articles);
        log.record(actor, "mergeEntities", keep, "merged: " + String.join(", ", toMerge) + "; articles projected again: "
                + reprojected + " of " + articles.size());
        live.entityChanged(new LiveEvents.EntityChanged(keep, "mergeEntities", null));
        toMerge.forEach(id -> live.entityChanged(new LiveEvents.EntityChanged(id, "mergeEntities", null)));
        return new Merged(keep, toMerge, reprojected);
    }
}
