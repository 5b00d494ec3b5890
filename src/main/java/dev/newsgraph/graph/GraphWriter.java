package dev.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;

import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.ExtractedEntity;
import dev.newsgraph.extract.ExtractedRelation;
import dev.newsgraph.extract.MentionSpan;

/**
 * Projects one article's extraction into Neo4j, in one transaction: the article lands whole or not at
 * all. Everything is MERGEd on stable keys, so projecting the same article again changes nothing, and
 * the same fact from two articles is one relationship with two pieces of evidence.
 */
@ApplicationScoped
public class GraphWriter {

    @Inject
    Driver driver;

    @Inject
    GraphSchemaMigrator schema;

    @Inject
    CypherCounter counter;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "newsgraph.neo4j.transaction-timeout", defaultValue = "30s")
    java.time.Duration transactionTimeout;

    /**
     * Counts every roll-up afresh from the mentions, and drops those no mention supports, and reads each entity's
     * lastSeen again: a full reprocessing ends with it, so that roll-ups are right whatever happened to them before.
     * Four statements, each its own transaction.
     */
    public void recountRollups() {
        schema.ensureUpToDate();
        String stamp = java.util.UUID.randomUUID().toString();
        try (Session session = driver.session()) {
            for (String statement : List.of(RECOUNT_DAY_ROLLUPS, RECOUNT_WEEK_ROLLUPS, DROP_UNCOUNTED_ROLLUPS,
                    RECOUNT_LAST_SEEN)) {
                session.executeWrite(tx -> tx.run(statement, Map.of("stamp", stamp)).consume());
            }
            counter.add(4);
        }
    }

    private static final String RECOUNT_DAY_ROLLUPS = """
            MATCH (:Article)-[m:MENTIONS]->(n:Entity)
            WITH n.id AS entityId, n.type AS type, m.day AS day, count(*) AS articles, sum(m.count) AS mentions
            MERGE (r:MentionDay {entityId: entityId, day: day})
            SET r.type = type, r.articles = articles, r.mentions = mentions, r.recount = $stamp, r.countedAt = datetime()
            """;

    private static final String RECOUNT_WEEK_ROLLUPS = """
            MATCH (:Article)-[m:MENTIONS]->(n:Entity)
            WITH n.id AS entityId, n.type AS type, date.truncate('week', m.day) AS week, count(*) AS articles,
                 sum(m.count) AS mentions
            MERGE (r:MentionWeek {entityId: entityId, week: week})
            SET r.type = type, r.articles = articles, r.mentions = mentions, r.recount = $stamp, r.countedAt = datetime()
            """;

    /** The publication time of the latest article that mentions {@code n}, as {@code last} (null: none dated). */
    private static final String LATEST_ARTICLE = """
            CALL (n) {
                OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
                RETURN max(a.publishedAt) AS last
            }""";

    private static final String RECOUNT_LAST_SEEN = """
            MATCH (n:Entity)
            %s
            SET n.lastSeen = last
            REMOVE n.lastSeenStale
            """.formatted(LATEST_ARTICLE);

    private static final String DROP_UNCOUNTED_ROLLUPS = """
            MATCH (r:MentionDay|MentionWeek) WHERE r.recount IS NULL OR r.recount <> $stamp
            DELETE r
            """;

    /** Whether this instance's Neo4j answers now: work that needs the graph waits while it does not. */
    public boolean reachable() {
        try {
            driver.verifyConnectivity();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** One article and what to project of it. */
    public record Projection(ArticleRef article, Extraction extraction) {
    }

    /**
     * Projects several articles in one transaction (a curation decision that changes them all lands whole or not
     * at all), in the order given. The facts people retracted (fact key -> why) become {@code RETRACTED}
     * relationships, which no read of facts matches, with their evidence kept.
     */
    public void projectAll(List<Projection> projections, Map<String, String> retractions) {
        projectAll(projections, retractions, false);
    }

    /**
     * The same for articles stored just now and never projected: nothing they said before is to be forgotten, so
     * the two statements that look for it are left out (a fifth of a batch's time in the graph).
     */
    public void projectNew(List<Projection> projections, Map<String, String> retractions) {
        projectAll(projections, retractions, true);
    }

    private void projectAll(List<Projection> projections, Map<String, String> retractions, boolean fresh) {
        schema.ensureUpToDate();
        List<Map<String, Object>> articles = new ArrayList<>(projections.size());
        List<Object> ids = new ArrayList<>(projections.size());
        for (Projection p : projections) {
            Map<String, Object> article = new HashMap<>(articleParams(p.article()));
            article.put("entities", entityParams(p.extraction()));
            article.put("relations", relationParams(p.article(), p.extraction(), retractions));
            articles.add(article);
            ids.add(p.article().id());
        }
        // one statement of each kind for the whole batch: round trips, not the work, were most of the cost
        Map<String, Object> batch = Map.of("articles", articles, "articleIds", ids);
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                tx.run(UPSERT_ARTICLES, batch).consume();
                // A re-projection (new extractor version, a curation decision) replaces what an article said before.
                List<Object> previouslyMentioned = List.of();
                if (!fresh) {
                    previouslyMentioned = tx.run(FORGET_MENTIONS, batch).single().get("ids").asList();
                    tx.run(FORGET_EVIDENCE, batch).consume();
                }
                tx.run(UPSERT_ENTITIES, batch).consume();
                tx.run(UPSERT_RELATIONS, batch).consume();
                settleForgotten(tx, previouslyMentioned);
                return null;
            }, TransactionConfig.builder().withTimeout(transactionTimeout).build());
            counter.add(fresh ? 3 : 7);
        }
    }

    /**
     * After an article's mentions went (forgotten, re-projected): the entities they named that no article
     * mentions any more leave the graph, and those whose latest article it was read their lastSeen again.
     * Returns how many entities left.
     */
    private static long settleForgotten(TransactionContext tx, List<Object> entityIds) {
        if (entityIds.isEmpty()) {
            return 0;
        }
        long removed = tx.run(DROP_ORPHANS, Map.of("ids", entityIds)).single().get("removed").asLong();
        tx.run(REFRESH_LAST_SEEN, Map.of("ids", entityIds)).consume();
        return removed;
    }

    /** What {@link #forget} removed: the article node (0 or 1), facts whose last evidence it was, and entities. */
    public record Forgotten(long articles, long facts, long entities) {
    }

    /**
     * Removes an article from the graph in one transaction: its mentions, its evidence, every fact whose last
     * evidence that was, every entity no other article mentions, and the article itself. Idempotent: an article
     * the graph does not hold removes nothing.
     */
    public Forgotten forget(String articleId) {
        schema.ensureUpToDate();
        try (Session session = driver.session()) {
            Forgotten forgotten = session.executeWrite(tx -> {
                Map<String, Object> one = Map.of("articleIds", List.of(articleId));
                List<Object> mentioned = tx.run(FORGET_MENTIONS, one).single().get("ids").asList();
                long facts = tx.run(FORGET_EVIDENCE, one).single().get("removed").asLong();
                long entities = settleForgotten(tx, mentioned);
                long articles = tx.run(DROP_ARTICLE, Map.of("articleId", articleId)).single().get("removed").asLong();
                return new Forgotten(articles, facts, entities);
            }, TransactionConfig.builder().withTimeout(transactionTimeout).build());
            counter.add(5);
            return forgotten;
        }
    }

    /** The relationship type of a retracted fact; its own type is kept as {@code factType}. */
    public static final String RETRACTED = "RETRACTED";

    /**
     * Retracts a fact: its relationship becomes a {@code RETRACTED} one with the same properties, its type as
     * {@code factType} and the reason; the evidence stays. False when the graph holds no fact with this key.
     */
    public boolean retract(String factKey, String reason) {
        return correct(RETRACT, Map.of("key", factKey, "reason", reason));
    }

    /** Whether the graph holds a fact (retracted or not) with this key. */
    public boolean factExists(String factKey) {
        try (Session session = driver.session()) {
            counter.add(1);
            return session.executeRead(tx -> tx.run("""
                    MATCH (ev:Evidence {factKey: $key}) WITH ev LIMIT 1
                    RETURN EXISTS { MATCH (:Entity {id: ev.sourceId})-[r {key: $key}]->(:Entity {id: ev.targetId}) } AS found""",
                    Map.of("key", factKey)).list().stream().anyMatch(r -> r.get("found").asBoolean()),
                    TransactionConfig.builder().withTimeout(transactionTimeout).build());
        }
    }

    /** Takes a name (any case) off the entity's aliases, where a split gave it to another entity. */
    public boolean dropAlias(String entityId, String alias) {
        return correct(DROP_ALIAS, Map.of("id", entityId, "alias", alias));
    }

    /** Gives the entity a new name (the old one becomes an alias); false when the graph has no such entity. */
    public boolean rename(String entityId, String name) {
        return correct(RENAME, Map.of("id", entityId, "name", name));
    }

    /** Makes the entity one of another type (its label and type property); false when there is no such entity. */
    public boolean retype(String entityId, String label) {
        return correct(RETYPE, Map.of("id", entityId, "label", label));
    }

    private boolean correct(String cypher, Map<String, Object> params) {
        schema.ensureUpToDate();
        try (Session session = driver.session()) {
            long found = session.executeWrite(tx -> tx.run(cypher, params).single().get("found").asLong(),
                    TransactionConfig.builder().withTimeout(transactionTimeout).build());
            counter.add(1);
            return found > 0;
        }
    }

    private static Map<String, Object> articleParams(ArticleRef a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("url", a.url());
        p.put("title", a.title());
        p.put("source", a.source());
        p.put("publishedAt", a.publishedAt() == null ? null : a.publishedAt().toString());
        // what the article's mentions count under in the roll-ups (graph-schema/V005__mention_rollups_per_day.cypher)
        p.put("day", a.publishedAt() == null ? UNDATED : a.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        p.put("contentHash", a.contentHash());
        p.put("extractorVersion", a.extractorVersion());
        return p;
    }

    private static List<Map<String, Object>> entityParams(Extraction extraction) {
        List<Map<String, Object>> out = new ArrayList<>();
        // Sorted by id, so concurrent projections lock shared entities in the same order (no deadlock).
        List<ExtractedEntity> sorted = new ArrayList<>(extraction.entities());
        sorted.sort(java.util.Comparator.comparing(ExtractedEntity::id));
        for (ExtractedEntity e : sorted) {
            Map<String, Object> p = new HashMap<>();
            p.put("id", e.id());
            p.put("label", e.type().label());
            p.put("name", e.name());
            p.put("aliases", e.aliases());
            p.put("mentions", e.mentions());
            p.putAll(spanParams(e.mentionSpans()));
            Map<String, Object> attributes = new HashMap<>();
            e.attributes().forEach((k, v) -> {
                if (k.equals("code") || k.equals("acronym")) {
                    attributes.put(k, v);
                }
            });
            p.put("attributes", attributes);
            out.add(p);
        }
        return out;
    }

    /**
     * Where the article names the entity, as parallel lists (a relationship property cannot hold maps):
     * offsets into the article's stored text, the text there, the sentence index and the kind.
     */
    private static Map<String, Object> spanParams(List<MentionSpan> spans) {
        return Map.of("spanStarts", spans.stream().map(MentionSpan::start).toList(),
                "spanEnds", spans.stream().map(MentionSpan::end).toList(),
                "spanTexts", spans.stream().map(MentionSpan::text).toList(),
                "spanSentences", spans.stream().map(MentionSpan::sentenceIndex).toList(),
                "spanKinds", spans.stream().map(s -> s.kind().name()).toList());
    }

    private static List<Map<String, Object>> relationParams(ArticleRef article, Extraction extraction,
            Map<String, String> retractions) {
        // One piece of evidence per fact and article: the extractor already keeps the best sentence.
        Map<String, Map<String, Object>> byEvidenceId = new LinkedHashMap<>();
        for (ExtractedRelation r : extraction.relations()) {
            String source = r.sourceId();
            String target = r.targetId();
            if (r.type().symmetric() && source.compareTo(target) > 0) {
                String swap = source;
                source = target;
                target = swap;
            }
            String title = r.properties().getOrDefault("title", "");
            String factKey = FactKeys.of(r.type().name(), source, target, title);
            Map<String, Object> p = new HashMap<>();
            String retracted = retractions.get(factKey);
            p.put("type", retracted == null ? r.type().name() : RETRACTED);
            p.put("factType", retracted == null ? null : r.type().name());
            p.put("retractReason", retracted);
            p.put("sourceId", source);
            p.put("targetId", target);
            p.put("key", factKey);
            p.put("title", r.properties().get("title"));
            p.put("status", r.properties().get("status"));
            p.put("evidenceId", article.id() + "|" + factKey);
            p.put("sentence", r.evidence().sentence());
            p.put("sentenceIndex", r.evidence().sentenceIndex());
            p.put("start", r.evidence().start());
            p.put("end", r.evidence().end());
            p.put("confidence", r.evidence().confidence());
            p.put("extractorVersion", article.extractorVersion());
            byEvidenceId.putIfAbsent((String) p.get("evidenceId"), p);
        }
        List<Map<String, Object>> relations = new ArrayList<>(byEvidenceId.values());
        relations.sort(java.util.Comparator.comparing((Map<String, Object> r) -> (String) r.get("sourceId"))
                .thenComparing(r -> (String) r.get("targetId")).thenComparing(r -> (String) r.get("key")));
        return relations;
    }

    /** The day an article without a publication date counts under in the roll-ups: before every window. */
    static final java.time.LocalDate UNDATED = java.time.LocalDate.of(1000, 1, 1);

    private static final String UPSERT_ARTICLES = """
            UNWIND $articles AS article
            MERGE (a:Article {id: article.id})
            SET a.url = article.url, a.title = article.title, a.source = article.source,
                a.publishedAt = CASE WHEN article.publishedAt IS NULL THEN null ELSE datetime(article.publishedAt) END,
                a.contentHash = article.contentHash, a.extractorVersion = article.extractorVersion
            """;

    // A forgotten mention leaves its roll-up (which it was counted under at write time, so an article whose date
    // changed since takes back what it added); a roll-up that counts no article any more goes. The
    // first SET (countedAt) takes the roll-up's write lock before its counts are read: no update is lost to a
    // concurrent writer.
    private static final String FORGET_MENTIONS = """
            UNWIND $articleIds AS articleId
            OPTIONAL MATCH (a:Article {id: articleId})-[m:MENTIONS]->(n:Entity)
            CALL (m, n) {
                OPTIONAL MATCH (r:MentionDay {entityId: n.id, day: m.day})
                // no mention (an article that mentioned nothing) has no day to truncate
                OPTIONAL MATCH (w:MentionWeek {entityId: n.id,
                    week: CASE WHEN m.day IS NULL THEN null ELSE date.truncate('week', m.day) END})
                UNWIND [r, w] AS rollup
                WITH rollup, m WHERE rollup IS NOT NULL
                SET rollup.countedAt = datetime()
                WITH rollup, m
                SET rollup.articles = rollup.articles - 1, rollup.mentions = rollup.mentions - m.count
                WITH rollup WHERE rollup.articles <= 0
                DELETE rollup
            }
            // the latest article of the entity goes: its lastSeen is found again once the batch is written
            FOREACH (latest IN CASE WHEN a.publishedAt IS NOT NULL AND a.publishedAt = n.lastSeen THEN [n] ELSE [] END |
                SET latest.lastSeenStale = true)
            WITH m, n.id AS id
            DELETE m
            RETURN [x IN collect(id) WHERE x IS NOT NULL] AS ids
            """;

    /**
     * An entity whose latest article was forgotten: its lastSeen read again from the articles that still
     * mention it (only these entities, and only when the latest of them went, pay for reading their mentions).
     */
    private static final String REFRESH_LAST_SEEN = """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id}) WHERE n.lastSeenStale
            %s
            SET n.lastSeen = last
            REMOVE n.lastSeenStale
            """.formatted(LATEST_ARTICLE);

    private static final String FORGET_EVIDENCE = """
            UNWIND $articleIds AS articleId
            MATCH (ev:Evidence {articleId: articleId})
            WITH ev, ev.factKey AS key, ev.sourceId AS sourceId, ev.targetId AS targetId
            DETACH DELETE ev
            WITH DISTINCT key, sourceId, targetId
            OPTIONAL MATCH (s:Entity {id: sourceId})-[r {key: key}]->(t:Entity {id: targetId})
            WHERE NOT EXISTS { MATCH (other:Evidence {factKey: key}) }
            DELETE r
            RETURN count(r) AS removed
            """;

    private static final String UPSERT_ENTITIES = """
            UNWIND $articles AS article
            MATCH (a:Article {id: article.id})
            UNWIND article.entities AS e
            MERGE (n:Entity {id: e.id})
            ON CREATE SET n.name = e.name, n.aliases = e.aliases
            ON MATCH SET n.aliases = reduce(acc = coalesce(n.aliases, []), x IN e.aliases + [e.name] |
                CASE WHEN x IN acc OR x = n.name THEN acc ELSE acc + x END)
            SET n:$(e.label), n.type = e.label, n += e.attributes,
                n.lastSeen = CASE WHEN a.publishedAt IS NULL OR n.lastSeen >= a.publishedAt THEN n.lastSeen
                                  ELSE a.publishedAt END
            MERGE (a)-[m:MENTIONS]->(n)
            SET m.count = e.mentions, m.spanStarts = e.spanStarts, m.spanEnds = e.spanEnds, m.spanTexts = e.spanTexts,
                m.spanSentences = e.spanSentences, m.spanKinds = e.spanKinds,
                m.day = article.day
            MERGE (r:MentionDay {entityId: n.id, day: article.day})
            ON CREATE SET r.type = e.label, r.articles = 0, r.mentions = 0
            SET r.countedAt = datetime()
            WITH n, r, e, article
            SET r.articles = r.articles + 1, r.mentions = r.mentions + e.mentions
            MERGE (w:MentionWeek {entityId: n.id, week: date.truncate('week', article.day)})
            ON CREATE SET w.type = e.label, w.articles = 0, w.mentions = 0
            SET w.countedAt = datetime()
            WITH w, e
            SET w.articles = w.articles + 1, w.mentions = w.mentions + e.mentions
            """;

    private static final String UPSERT_RELATIONS = """
            UNWIND $articles AS article
            MATCH (a:Article {id: article.id})
            UNWIND article.relations AS r
            MATCH (s:Entity {id: r.sourceId}), (t:Entity {id: r.targetId})
            MERGE (s)-[rel:$(r.type) {key: r.key}]->(t)
            SET rel.title = coalesce(r.title, rel.title), rel.status = coalesce(r.status, rel.status),
                rel.factType = r.factType, rel.retractReason = r.retractReason
            MERGE (ev:Evidence {id: r.evidenceId})
            SET ev.factKey = r.key, ev.articleId = article.id, ev.type = coalesce(r.factType, r.type),
                ev.sourceId = r.sourceId, ev.targetId = r.targetId, ev.title = r.title, ev.status = r.status,
                ev.sentence = r.sentence, ev.sentenceIndex = r.sentenceIndex, ev.start = r.start, ev.end = r.end,
                ev.confidence = r.confidence, ev.extractorVersion = r.extractorVersion
            MERGE (ev)-[:IN]->(a)
            """;

    /** Entities that no article mentions any more (after a re-projection) leave the graph. */
    private static final String DROP_ORPHANS = """
            UNWIND $ids AS id
            OPTIONAL MATCH (n:Entity {id: id})
            WHERE NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(n) }
            DETACH DELETE n
            RETURN count(n) AS removed
            """;

    /** Found through the fact's evidence (indexed by key), then replaced by a RETRACTED copy of itself. */
    private static final String RETRACT = """
            OPTIONAL MATCH (ev:Evidence {factKey: $key})
            WITH ev LIMIT 1
            OPTIONAL MATCH (s:Entity {id: ev.sourceId})-[r {key: $key}]->(t:Entity {id: ev.targetId})
            WITH s, r, t, CASE WHEN r IS NULL THEN null ELSE type(r) END AS kind
            CALL (s, r, t, kind) {
                WITH s, r, t WHERE kind IS NOT NULL AND kind <> 'RETRACTED'
                CREATE (s)-[x:RETRACTED]->(t)
                SET x = properties(r), x.factType = kind, x.retractReason = $reason
                DELETE r
            }
            CALL (r, kind) {
                WITH r WHERE kind = 'RETRACTED'
                SET r.retractReason = $reason
            }
            RETURN count(kind) AS found
            """;

    private static final String DROP_ALIAS = """
            OPTIONAL MATCH (n:Entity {id: $id})
            SET n.aliases = [x IN coalesce(n.aliases, []) WHERE toLower(x) <> toLower($alias)]
            RETURN count(n) AS found
            """;

    private static final String RENAME = """
            OPTIONAL MATCH (n:Entity {id: $id})
            WITH n, n.name AS old
            SET n.name = $name,
                n.aliases = CASE WHEN old = $name THEN n.aliases
                                 ELSE [x IN coalesce(n.aliases, []) WHERE x <> $name AND x <> old] + old END
            RETURN count(n) AS found
            """;

    private static final String RETYPE = """
            OPTIONAL MATCH (n:Entity {id: $id})
            REMOVE n:Person:Country:Organization:Agreement:Place:Event
            SET n:$($label), n.type = $label
            RETURN count(n) AS found
            """;

    /** The article node and what still hangs on it (nothing, after the statements above). */
    private static final String DROP_ARTICLE = """
            OPTIONAL MATCH (a:Article {id: $articleId})
            DETACH DELETE a
            RETURN count(a) AS removed
            """;
}
