package dev.newsgraph.ingest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleStatus;
import dev.newsgraph.article.ArticleStore;
import dev.newsgraph.article.NewArticle;
import dev.newsgraph.curation.CurationDecisions;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.Extractor;
import dev.newsgraph.graph.ArticleRef;
import dev.newsgraph.graph.GraphWriter;
import dev.newsgraph.live.LiveEvents;
import io.quarkus.scheduler.Scheduled;

/**
 * The write path: store the article first (the system of record), then extract and project it into
 * the graph. A projection that fails (Neo4j down) leaves the article PENDING, and a background job
 * projects it later: nothing the user sent is lost because the graph was unavailable.
 */
@ApplicationScoped
public class ArticleIngestion {

    private static final Logger LOG = Logger.getLogger(ArticleIngestion.class);

    @Inject
    ArticleStore store;

    @Inject
    Extractor extractor;

    @Inject
    GraphWriter graph;

    @Inject
    IngestTimers timers;

    @Inject
    CurationDecisions decisions;

    @Inject
    LiveEvents live;

    /** The stored article after ingestion, and whether this call created it. */
    public record Ingested(Article article, boolean created) {
    }

    public Ingested ingest(NewArticle input) {
        ArticleStore.Stored stored = timers.store(() -> store.store(input));
        Article article = stored.article();
        // Only the call that stored the article projects it: a client sending the same content again
        // (or at the same moment) must not start a second projection; a pending one is retried anyway.
        if (stored.created()) {
            project(article, true); // brings the article's status up to date
        }
        return new Ingested(article, stored.created());
    }

    /** What became of one input of a batch: stored (created or found) or refused, with the reason. */
    public record BatchItem(Ingested ingested, String refused) {
    }

    /**
     * Stores each input on its own (one bad input refuses only itself), then projects the new articles together,
     * in one Neo4j transaction: committing each article alone is most of what ingestion costs. When the graph
     * cannot take them now, they stay PENDING and the retry job projects them.
     */
    public List<BatchItem> ingestAll(List<NewArticle> inputs) {
        List<BatchItem> items = new java.util.ArrayList<>(inputs.size());
        List<Article> created = new java.util.ArrayList<>();
        for (ArticleStore.BatchResult r : timers.store(() -> store.storeAll(inputs))) {
            if (r.refused() != null) {
                items.add(new BatchItem(null, r.refused()));
                continue;
            }
            items.add(new BatchItem(new Ingested(r.stored().article(), r.stored().created()), null));
            if (r.stored().created()) {
                created.add(r.stored().article());
            }
        }
        try {
            projectTogether(created, true); // brings the created articles' status up to date
        } catch (RuntimeException e) {
            LOG.warnf("%d articles stored but not projected into the graph yet (%s); they will be retried",
                    created.size(), e.toString());
            created.forEach(a -> store.markProjectionFailed(a.id, e.toString())); // due for a retry in 5 s
        }
        return items;
    }

    /** Extracts and projects one stored article; false when the graph could not take it now. */
    public boolean project(Article article) {
        return project(article, false);
    }

    /** The same; {@code fresh}: stored just now, never projected, so nothing it said before is to be forgotten. */
    private boolean project(Article article, boolean fresh) {
        try {
            projectTogether(List.of(article), fresh);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Article %s stored but not projected into the graph yet (%s); it will be retried",
                    article.id, e.toString());
            store.markProjectionFailed(article.id, e.toString());
            return false;
        }
    }

    /** The article's facts as the graph takes them: extracted, with the curation decisions applied (a rebuild too). */
    private Extraction extraction(Article article) {
        return timers.extract(() -> decisions.apply(extractor.extract(article.text)));
    }

    /**
     * After the graph took the articles: marks them projected, in the store (one transaction) and on this instance,
     * and tells live subscribers. An article deleteArticle removed while the projection was under way has its
     * projection taken back. The number of articles that stay projected.
     */
    private int landed(List<Article> articles, List<Extraction> extractions) {
        java.util.Set<String> kept = timers.mark(() -> store.markAllProjected(
                articles.stream().map(a -> a.id).toList(), Extractor.VERSION));
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            if (!kept.contains(article.id)) {
                graph.forget(article.id);
                LOG.infof("Article %s was deleted while being projected; its projection is undone", article.id);
                continue;
            }
            article.status = ArticleStatus.PROJECTED;
            article.extractorVersion = Extractor.VERSION;
            announce(article, extractions.get(i));
        }
        return kept.size();
    }

    /** Tells live subscribers: the article is in the graph, and which entities it states facts about. */
    private void announce(Article article, Extraction extraction) {
        live.articleProjected(new LiveEvents.ArticleProjected(article.id, article.title, extraction.entities().stream()
                .map(e -> new LiveEvents.EntityRef(e.id(), e.type().label(), e.name())).toList()));
        java.util.Set<String> stated = new java.util.TreeSet<>();
        extraction.relations().forEach(r -> {
            stated.add(r.sourceId());
            stated.add(r.targetId());
        });
        stated.forEach(id -> live.entityChanged(new LiveEvents.EntityChanged(id, "facts", article.id)));
    }

    /** How long a claimed pending article is this process's to project before another may take it. */
    static final java.time.Duration PROJECTION_LEASE = java.time.Duration.ofMinutes(5);

    /** Articles projected again in one transaction at most; a decision touching more takes several. */
    static final int REPROJECT_BATCH = 500;

    /**
     * Projects these stored articles again after a curation decision that changes what they project to, in one
     * Neo4j transaction per {@value #REPROJECT_BATCH} articles, so that the graph shows the decision whole or not
     * at all; the number projected. A failure is thrown: the decision is stored, and calling again completes it.
     */
    public int reproject(List<String> articleIds) {
        int done = 0;
        for (int from = 0; from < articleIds.size(); from += REPROJECT_BATCH) {
            List<Article> articles = new java.util.ArrayList<>();
            for (String id : articleIds.subList(from, Math.min(articleIds.size(), from + REPROJECT_BATCH))) {
                store.find(id).ifPresent(articles::add);
            }
            done += projectTogether(articles, false);
        }
        return done;
    }

    /**
     * Projects these stored articles in one Neo4j transaction; the number still stored once projected. The
     * articles are extracted in parallel, on every core: extraction is pure CPU work and the largest part of a
     * batch's time on the service's side. {@code fresh}: all stored just now and never projected.
     */
    private int projectTogether(List<Article> articles, boolean fresh) {
        if (articles.isEmpty()) {
            return 0;
        }
        List<GraphWriter.Projection> projections = articles.parallelStream()
                .map(article -> new GraphWriter.Projection(ref(article), extraction(article))).toList();
        write(projections, fresh);
        for (GraphWriter.Projection p : projections) {
            LOG.debugf("Article %s projected: %d entities, %d relations", p.article().id(),
                    p.extraction().entities().size(), p.extraction().relations().size());
        }
        return landed(articles, projections.stream().map(GraphWriter.Projection::extraction).toList());
    }

    /** One Neo4j transaction for these projections, with the retracted facts kept retracted. */
    private void write(List<GraphWriter.Projection> projections, boolean fresh) {
        timers.project(() -> {
            if (fresh) {
                graph.projectNew(projections, decisions.retractions());
            } else {
                graph.projectAll(projections, decisions.retractions());
            }
        });
    }

    private static ArticleRef ref(Article article) {
        return new ArticleRef(article.id, article.url, article.title, article.source, article.publishedAt,
                article.contentHash, Extractor.VERSION);
    }

    /** Projects the articles whose projection failed earlier, as their backoff comes due. */
    @Scheduled(every = "${newsgraph.projection.retry-every:10s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void projectPending() {
        if (!graph.reachable()) {
            // claims would only fail here and push the articles' backoff out; another instance may take them
            return;
        }
        List<String> due;
        try {
            // claimed, so that of several instances sharing the store one projects each article
            due = store.claimDueForProjection(100, PROJECTION_LEASE);
        } catch (IllegalStateException e) {
            // The store is closing (shutdown): the next start picks the pending articles up.
            LOG.debugf("Pending projections skipped: %s", e.getMessage());
            return;
        }
        for (int i = 0; i < due.size(); i++) {
            String id = due.get(i);
            Article article = store.find(id).filter(a -> a.status == ArticleStatus.PENDING).orElse(null);
            if (article == null) {
                continue;
            }
            if (!project(article)) {
                // The graph failed again: the rest would fail the same way here, so they are given back at once
                // rather than held for the lease, for another instance (or this one, later) to take.
                store.releaseClaims(due.subList(i + 1, due.size()));
                return;
            }
            LOG.infof("Pending article %s is now in the graph", id);
        }
    }
}
