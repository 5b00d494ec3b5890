package dev.newsgraph.graph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import dev.newsgraph.extract.MentionSpan;
import dev.newsgraph.graph.GraphRecords.ArticleEntity;
import dev.newsgraph.graph.GraphRecords.EntityRecord;
import dev.newsgraph.graph.GraphRecords.EvidenceRecord;
import dev.newsgraph.graph.GraphRecords.MentionSpanRecord;
import dev.newsgraph.graph.GraphRecords.SearchHit;

/**
 * Reads the graph for the API. Each method answers with one Cypher query, the nested lists a client
 * selected included (see {@link EntityShape}), so a GraphQL request costs one round trip whatever it nests.
 */
@ApplicationScoped
public class GraphReader {

    /** At DEBUG, each statement as sent (its parameters stay out of the log: they hold what users typed). */
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(GraphReader.class);

    /** Relationship types between entities; the only ones a caller may ask for. */
    public static final List<String> RELATION_TYPES = List.of("HOLDS_ROLE", "MET_WITH", "PARTY_TO", "MEMBER_OF",
            "CRITICIZED", "CLAIMS", "COOPERATES_WITH");

    /**
     * The fact relationship types, named in patterns so that an entity's many MENTIONS from articles
     * are never expanded when its facts are asked for; which of them a caller wants is then a filter.
     */
    static final String FACT_TYPES = String.join("|", RELATION_TYPES);

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build();

    @Inject
    Driver driver;

    @Inject
    CypherCounter counter;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "newsgraph.neo4j.transaction-timeout", defaultValue = "30s")
    java.time.Duration transactionTimeout;

    public Optional<EntityRecord> entity(String id, EntityShape shape) {
        return Optional.ofNullable(entities(List.of(id), shape).get(id));
    }

    /**
     * Entities by id, each with the nested lists of {@code shape}, in one query; the ids that name no
     * entity are absent from the answer.
     */
    public Map<String, EntityRecord> entities(List<String> ids, EntityShape shape) {
        EntityProjection projection = new EntityProjection();
        String cypher = "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN " + projection.of("n", shape) + " AS e";
        Map<String, EntityRecord> byId = new HashMap<>();
        for (Record r : read(cypher, with(projection, "ids", ids))) {
            EntityRecord e = EntityProjection.read(r.get("e"), shape);
            byId.put(e.id(), e);
        }
        return byId;
    }

    /**
     * The entities each article mentions, most mentioned first, {@code first} per article; with where each
     * is named ({@code spans}) only when asked, as those lists are the bulk of the answer.
     */
    public Map<String, List<ArticleEntity>> entitiesMentionedIn(List<String> articleIds, int first, EntityShape shape,
            boolean spans) {
        EntityProjection projection = new EntityProjection();
        List<Record> rows = read("""
                UNWIND $ids AS id
                MATCH (a:Article {id: id})
                CALL (a) {
                    MATCH (a)-[m:MENTIONS]->(n:Entity)
                    WITH n, m ORDER BY m.count DESC, n.name
                    LIMIT $first
                    RETURN collect({entity: %s, count: m.count%s}) AS entities
                }
                RETURN id, entities
                """.formatted(projection.of("n", shape), spans ? SPANS : ""),
                with(projection, "ids", articleIds, "first", first));
        return groupById(articleIds, rows, "entities", m -> new ArticleEntity(
                EntityProjection.read(m.get("entity"), shape), m.get("count").asLong(0), spans(m.get("spans"))));
    }

    /** The MENTIONS relationship's parallel span lists; absent on articles projected before spans were stored. */
    private static final String SPANS = ", spans: {starts: coalesce(m.spanStarts, []), ends: coalesce(m.spanEnds, []),"
            + " texts: coalesce(m.spanTexts, []), sentences: coalesce(m.spanSentences, []), kinds: coalesce(m.spanKinds, [])}";

    private static List<MentionSpanRecord> spans(Value spans) {
        if (spans == null || spans.isNull()) {
            return List.of();
        }
        List<Integer> starts = spans.get("starts").asList(Value::asInt);
        List<Integer> ends = spans.get("ends").asList(Value::asInt);
        List<String> texts = spans.get("texts").asList(Value::asString);
        List<Integer> sentences = spans.get("sentences").asList(Value::asInt);
        // articles projected before kinds were stored have none: their spans read as names
        List<String> kinds = spans.get("kinds").asList(Value::asString);
        List<MentionSpanRecord> out = new java.util.ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            String kind = i < kinds.size() ? kinds.get(i) : MentionSpan.Kind.NAME.name();
            out.add(new MentionSpanRecord(starts.get(i), ends.get(i), texts.get(i), sentences.get(i),
                    MentionSpan.Kind.valueOf(kind)));
        }
        return out;
    }

    /**
     * Full-text search; {@code luceneQuery} must already be escaped by the caller. An entity whose name
     * or alias is exactly {@code exactName} (ignoring case) ranks first: "NATO" finds the alliance before
     * the people whose titles mention it.
     */
    public List<SearchHit> search(String luceneQuery, String exactName, List<String> labels, int first,
            EntityShape shape) {
        EntityProjection projection = new EntityProjection();
        List<Record> rows = read("""
                CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
                YIELD node AS n, score
                WHERE $labels IS NULL OR n.type IN $labels
                WITH n, score, toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact) AS exact
                ORDER BY exact DESC, score DESC, n.name
                LIMIT $first
                RETURN %s AS e, score
                ORDER BY exact DESC, score DESC, n.name
                """.formatted(projection.of("n", shape)), with(projection, "query", luceneQuery,
                "exact", exactName.toLowerCase(java.util.Locale.ROOT), "labels", labels, "limit", Math.max(50, first * 5),
                "first", first));
        return rows.stream().map(r -> new SearchHit(EntityProjection.read(r.get("e"), shape), r.get("score").asDouble()))
                .toList();
    }

    /** Which of these ids are entities in the graph. */
    public java.util.Set<String> existingEntities(List<String> ids) {
        return new java.util.HashSet<>(read("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id", Map.of("ids", ids))
                .stream().map(r -> r.get("id").asString()).toList());
    }

    /** An entity's type and the names it goes by (its name and aliases). */
    public record EntityNames(String type, List<String> names) {
    }

    public Optional<EntityNames> entityNames(String id) {
        return read("MATCH (n:Entity {id: $id}) RETURN n.type AS type, [n.name] + coalesce(n.aliases, []) AS names",
                Map.of("id", id)).stream()
                .map(r -> new EntityNames(r.get("type").asString(), r.get("names").asList(Value::asString))).findFirst();
    }

    /** The articles that mention any of these entities. */
    public List<String> articlesMentioning(List<String> entityIds) {
        return read("""
                MATCH (a:Article)-[:MENTIONS]->(n:Entity) WHERE n.id IN $ids
                RETURN DISTINCT a.id AS id ORDER BY id""", Map.of("ids", entityIds))
                .stream().map(r -> r.get("id").asString()).toList();
    }

    /** Counts per entity type and relation type, evidence, and a checksum over every fact's key. */
    public GraphRecords.GraphStats stats() {
        Record r = read("""
                CALL () { MATCH (n:Entity) WITH n.type AS type, count(*) AS c ORDER BY type RETURN collect([type, c]) AS byType }
                CALL () { MATCH ()-[r]->() WHERE r.key IS NOT NULL WITH type(r) AS type, count(*) AS c ORDER BY type
                          RETURN collect([type, c]) AS byRelation }
                CALL () { MATCH (ev:Evidence) RETURN count(ev) AS evidence }
                CALL () { MATCH (a:Article) RETURN count(a) AS articles }
                CALL () { MATCH ()-[r]->() WHERE r.key IS NOT NULL WITH r.key AS key ORDER BY key RETURN collect(key) AS keys }
                RETURN byType, byRelation, evidence, articles, keys
                """, Map.of()).get(0);
        Map<String, Long> byType = new LinkedHashMap<>();
        r.get("byType").asList(v -> v).forEach(v -> byType.put(v.get(0).asString(), v.get(1).asLong()));
        Map<String, Long> byRelation = new LinkedHashMap<>();
        r.get("byRelation").asList(v -> v).forEach(v -> byRelation.put(v.get(0).asString(), v.get(1).asLong()));
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Value key : r.get("keys").values()) {
            digest.update(key.asString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return new GraphRecords.GraphStats(r.get("articles").asLong(), byType, byRelation, r.get("evidence").asLong(),
                java.util.HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * One read statement in an auto-commit transaction: RUN and PULL in one round trip, where a transaction
     * function adds BEGIN and COMMIT, two more messages for Neo4j to handle on every request. A read has
     * nothing to roll back, so a transient failure (a leader change, a connection dropped) is retried
     * once, as the transaction function would.
     */
    List<Record> read(String cypher, Map<String, Object> params) {
        counter.add(1);
        if (LOG.isDebugEnabled()) {
            LOG.debugf("read with parameters %s:%n%s", params.keySet(), cypher);
        }
        org.neo4j.driver.TransactionConfig config = org.neo4j.driver.TransactionConfig.builder().withTimeout(transactionTimeout).build();
        try {
            return readOnce(cypher, params, config);
        } catch (RuntimeException e) {
            if (e instanceof org.neo4j.driver.exceptions.RetryableException) {
                return readOnce(cypher, params, config);
            }
            throw e;
        }
    }

    private List<Record> readOnce(String cypher, Map<String, Object> params, org.neo4j.driver.TransactionConfig config) {
        try (Session session = driver.session(READ)) {
            return session.run(cypher, params, config).list();
        }
    }

    /** The parameters of a query built with {@code projection}: its own and the projection's. */
    static Map<String, Object> with(EntityProjection projection, Object... keyValues) {
        Map<String, Object> p = params(keyValues);
        p.putAll(projection.params());
        return p;
    }

    static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put((String) keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    /**
     * The answer of a batched query (one row per id, a list in {@code field}) as a list per id, in the
     * order the ids were asked; an id without a row gets an empty list.
     */
    static <T> Map<String, List<T>> groupById(List<String> ids, List<Record> rows, String field,
            java.util.function.Function<Value, T> mapper) {
        Map<String, List<T>> byId = new LinkedHashMap<>();
        ids.forEach(id -> byId.put(id, List.of()));
        for (Record row : rows) {
            byId.put(row.get("id").asString(), row.get(field).asList(mapper::apply));
        }
        return byId;
    }

    static EvidenceRecord evidence(Value ev) {
        return new EvidenceRecord(ev.get("articleId").asString(), nullableString(ev.get("articleTitle")),
                nullableString(ev.get("articleUrl")), nullableString(ev.get("articleSource")),
                nullableInstant(ev.get("articlePublishedAt")),
                ev.get("sentence").asString(), ev.get("sentenceIndex").asInt(), ev.get("start").asInt(),
                ev.get("end").asInt(), ev.get("confidence").asDouble(), nullableString(ev.get("extractorVersion")));
    }

    static String nullableString(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    /** A stored date-time (an article's publishedAt) as an instant, or null when there is none. */
    static java.time.Instant nullableInstant(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime().toInstant();
    }

}
