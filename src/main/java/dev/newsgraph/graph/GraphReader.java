package dev.newsgraph.graph;

import java.util.ArrayList;
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

import dev.newsgraph.graph.GraphRecords.ArticleMention;
import dev.newsgraph.graph.GraphRecords.EntityMention;
import dev.newsgraph.graph.GraphRecords.EntityRecord;
import dev.newsgraph.graph.GraphRecords.EvidenceRecord;
import dev.newsgraph.graph.GraphRecords.RelationRecord;
import dev.newsgraph.graph.GraphRecords.SearchHit;

/**
 * Reads the graph for the API. Every method takes a batch of ids and answers with one Cypher query,
 * so a nested GraphQL request costs one round trip per nesting level, whatever the number of items.
 */
@ApplicationScoped
public class GraphReader {

    /** Relationship types between entities; the only ones a caller may ask for. */
    public static final List<String> RELATION_TYPES = List.of("HOLDS_ROLE", "MET_WITH", "PARTY_TO", "MEMBER_OF",
            "CRITICIZED", "CLAIMS", "COOPERATES_WITH");

    /**
     * The fact relationship types, named in patterns so that an entity's many MENTIONS from articles
     * are never expanded when its facts are asked for; which of them a caller wants is then a filter.
     */
    static final String FACT_TYPES = String.join("|", RELATION_TYPES);

    /**
     * An entity as the API returns it. Its mention count is the degree of incoming MENTIONS, which
     * Neo4j reads from the node's degree store; only articles have MENTIONS, and naming the :Article
     * label would make it walk every mention of a popular entity instead.
     */
    static final String ENTITY_PROJECTION = """
            {id: n.id, type: n.type, name: n.name, aliases: coalesce(n.aliases, []), code: n.code,
             acronym: n.acronym, mentions: COUNT { ()-[:MENTIONS]->(n) }}""";

    @Inject
    Driver driver;

    @Inject
    CypherCounter counter;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "newsgraph.neo4j.transaction-timeout", defaultValue = "30s")
    java.time.Duration transactionTimeout;

    public Optional<EntityRecord> entity(String id) {
        List<Record> rows = read("MATCH (n:Entity {id: $id}) RETURN " + ENTITY_PROJECTION + " AS e",
                Map.of("id", id));
        return rows.stream().findFirst().map(r -> entity(r.get("e")));
    }

    public Map<String, List<RelationRecord>> relations(List<String> entityIds, List<String> types, Direction direction,
            int first, int evidencePerRelation) {
        List<Record> rows = read("""
                UNWIND $ids AS id
                MATCH (e:Entity {id: id})
                CALL (e) {
                    MATCH (e)-[r:%s]-(o:Entity)
                    WHERE type(r) IN $types
                      AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = e))
                    WITH r, o, startNode(r) = e AS outgoing
                    ORDER BY type(r), o.name, r.key
                    LIMIT $first
                    CALL (r) {
                        WITH r WHERE $evidence > 0
                        MATCH (ev:Evidence {factKey: r.key})-[:IN]->(a:Article)
                        WITH ev, a ORDER BY ev.confidence DESC, a.publishedAt DESC, ev.id
                        LIMIT $evidence
                        RETURN collect({articleId: a.id, articleTitle: a.title, sentence: ev.sentence,
                            sentenceIndex: ev.sentenceIndex, start: ev.start, end: ev.end,
                            confidence: ev.confidence, extractorVersion: ev.extractorVersion}) AS evidence
                    }
                    RETURN collect({type: type(r), outgoing: outgoing, title: r.title, status: r.status,
                        evidence: evidence, other: %s}) AS relations
                }
                RETURN id, relations
                """.formatted(FACT_TYPES, ENTITY_PROJECTION.replace("n.", "o.").replace("(n)", "(o)")),
                Map.of("ids", entityIds, "types", types, "direction", direction.name(), "first", first,
                        "evidence", evidencePerRelation));
        return groupById(entityIds, rows, "relations", r -> new RelationRecord(r.get("type").asString(),
                r.get("outgoing").asBoolean(), entity(r.get("other")), nullableString(r.get("title")),
                nullableString(r.get("status")), r.get("evidence").asList(GraphReader::evidence)));
    }

    public Map<String, List<ArticleMention>> articlesMentioning(List<String> entityIds, int first) {
        List<Record> rows = read("""
                UNWIND $ids AS id
                MATCH (e:Entity {id: id})
                CALL (e) {
                    MATCH (a:Article)-[m:MENTIONS]->(e)
                    WITH a, m ORDER BY a.publishedAt DESC, a.id
                    LIMIT $first
                    RETURN collect({id: a.id, title: a.title, url: a.url, source: a.source,
                        publishedAt: a.publishedAt, count: m.count}) AS articles
                }
                RETURN id, articles
                """, Map.of("ids", entityIds, "first", first));
        return groupById(entityIds, rows, "articles", a -> new ArticleMention(a.get("id").asString(),
                nullableString(a.get("title")), nullableString(a.get("url")), nullableString(a.get("source")),
                a.get("publishedAt").isNull() ? null : a.get("publishedAt").asZonedDateTime().toInstant(),
                a.get("count").asLong(0)));
    }

    public Map<String, List<EntityMention>> entitiesMentionedIn(List<String> articleIds, int first) {
        List<Record> rows = read("""
                UNWIND $ids AS id
                MATCH (a:Article {id: id})
                CALL (a) {
                    MATCH (a)-[m:MENTIONS]->(n:Entity)
                    WITH n, m ORDER BY m.count DESC, n.name
                    LIMIT $first
                    RETURN collect({entity: %s, count: m.count}) AS entities
                }
                RETURN id, entities
                """.formatted(ENTITY_PROJECTION), Map.of("ids", articleIds, "first", first));
        return groupById(articleIds, rows, "entities",
                m -> new EntityMention(entity(m.get("entity")), m.get("count").asLong(0)));
    }

    /**
     * Full-text search; {@code luceneQuery} must already be escaped by the caller. An entity whose name
     * or alias is exactly {@code exactName} (ignoring case) ranks first: "NATO" finds the alliance before
     * the people whose titles mention it.
     */
    public List<SearchHit> search(String luceneQuery, String exactName, List<String> labels, int first) {
        List<Record> rows = read("""
                CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit})
                YIELD node AS n, score
                WHERE $labels IS NULL OR n.type IN $labels
                WITH n, score, toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact) AS exact
                RETURN %s AS e, score
                ORDER BY exact DESC, score DESC, n.name
                LIMIT $first
                """.formatted(ENTITY_PROJECTION), params("query", luceneQuery, "exact", exactName.toLowerCase(java.util.Locale.ROOT),
                "labels", labels, "limit", Math.max(50, first * 5), "first", first));
        return rows.stream().map(r -> new SearchHit(entity(r.get("e")), r.get("score").asDouble())).toList();
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

    List<Record> read(String cypher, Map<String, Object> params) {
        counter.add(1);
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(org.neo4j.driver.AccessMode.READ).build())) {
            return session.executeRead(tx -> tx.run(cypher, params).list(),
                    org.neo4j.driver.TransactionConfig.builder().withTimeout(transactionTimeout).build());
        }
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

    static EntityRecord entity(Value v) {
        return new EntityRecord(v.get("id").asString(), v.get("type").asString(), v.get("name").asString(),
                v.get("aliases").asList(Value::asString), nullableString(v.get("code")), nullableString(v.get("acronym")),
                v.get("mentions").asLong(0));
    }

    static EvidenceRecord evidence(Value ev) {
        return new EvidenceRecord(ev.get("articleId").asString(), nullableString(ev.get("articleTitle")),
                ev.get("sentence").asString(), ev.get("sentenceIndex").asInt(), ev.get("start").asInt(),
                ev.get("end").asInt(), ev.get("confidence").asDouble(), nullableString(ev.get("extractorVersion")));
    }

    static String nullableString(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

}
