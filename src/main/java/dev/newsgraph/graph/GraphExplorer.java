package dev.newsgraph.graph;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import dev.newsgraph.graph.GraphRecords.AgreementRecord;
import dev.newsgraph.graph.GraphRecords.Edge;
import dev.newsgraph.graph.GraphRecords.EntityCount;
import dev.newsgraph.graph.GraphRecords.EntityRecord;
import dev.newsgraph.graph.GraphRecords.Party;
import dev.newsgraph.graph.GraphRecords.PathRecord;
import dev.newsgraph.graph.GraphRecords.Subgraph;
import dev.newsgraph.graph.GraphRecords.TimelinePoint;

/**
 * Exploration and dashboard reads: look-ups, rankings in a time window, timelines, co-mentions,
 * agreements with their parties, paths between two entities and neighbourhoods. One Cypher query each.
 */
@ApplicationScoped
public class GraphExplorer {

    public static final int MAX_HOPS = 4;
    public static final int MAX_DEPTH = 3;
    /** The most entities a look-up by exact name returns. */
    public static final int MAX_BY_NAME = 50;

    private static final String FACT_TYPES = GraphReader.FACT_TYPES;
    private static final String EDGE = "{type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id, "
            + "title: r.title, status: r.status, evidence: " + EntityProjection.evidence("r", "ev", "art", "$evidence") + "}";

    // Variable-length bounds cannot be parameters in Cypher: one constant query per allowed bound.
    private static final String[] PATHS = new String[MAX_HOPS + 1];
    private static final String[] NEIGHBOURHOODS = new String[MAX_DEPTH + 1];

    static {
        for (int hops = 1; hops <= MAX_HOPS; hops++) {
            PATHS[hops] = """
                    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                    MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
                    WITH p LIMIT $first
                    RETURN [n IN nodes(p) | %%s] AS nodes,
                           [r IN relationships(p) | %s] AS edges
                    """.formatted(FACT_TYPES, hops, EDGE);
        }
        for (int depth = 1; depth <= MAX_DEPTH; depth++) {
            NEIGHBOURHOODS[depth] = """
                    MATCH (c:Entity {id: $id})
                    CALL (c) {
                        MATCH (c)-[rs:%s*1..%d]-(o:Entity)
                        WHERE all(r IN rs WHERE type(r) IN $types) AND o <> c
                        RETURN DISTINCT o LIMIT $limit
                    }
                    WITH c, collect(o) AS others
                    WITH [c] + others AS members
                    CALL (members) {
                        UNWIND members AS x
                        MATCH (x)-[r:%s]->(y:Entity)
                        WHERE type(r) IN $types AND y IN members
                        RETURN collect(DISTINCT %s) AS edges
                    }
                    RETURN [n IN members | %%s] AS nodes, edges
                    """.formatted(FACT_TYPES, depth, FACT_TYPES, EDGE);
        }
    }

    /** How an entity list is sorted; each has its own sort key, used for keyset cursors too. */
    public enum EntityOrder {
        NAME("toLower(n.name)", "toLower(n.name)", "ASC", "key > $afterKey"),
        MENTIONS("toFloat(mentions)", "toFloat(" + DEGREE + ")", "DESC", "key < $afterKey"),
        LAST_SEEN("toFloat(coalesce(lastSeen.epochMillis, 0))", "toFloat(coalesce(n.lastSeen.epochMillis, 0))", "DESC",
                "key < $afterKey");

        /** The key from a window's counts ({@code mentions}, {@code lastSeen}). */
        final String key;
        /** The same key from what the entity {@code n} keeps itself, for the list over all articles. */
        final String allTimeKey;
        final String direction;
        final String after;

        EntityOrder(String key, String allTimeKey, String direction, String after) {
            this.key = key;
            this.allTimeKey = allTimeKey;
            this.direction = direction;
            this.after = after;
        }
    }

    /** The number of articles that mention {@code n}: a degree, which Neo4j keeps, no mention read. */
    private static final String DEGREE = "COUNT { ()-[:MENTIONS]->(n) }";

    /** A page of entities: the rows (with their sort keys, for cursors) and the total matching count. */
    public record EntityPage(List<EntityPageRow> rows, long total) {
    }

    public record EntityPageRow(EntityRecord entity, long mentions, String lastSeen, Object key) {
    }

    /** The entities list in a window or from one source: counts that window's articles, entity by entity. */
    private static final Map<EntityOrder, String> ENTITY_PAGES = new java.util.EnumMap<>(EntityOrder.class);
    /**
     * The entities list over all articles: the count is the MENTIONS degree (kept by Neo4j) and lastSeen is kept
     * on the entity by the write path, so no mention is read; the page is the top of an ordered scan, not a list
     * of every entity.
     */
    private static final Map<EntityOrder, String> ALL_TIME_ENTITY_PAGES = new java.util.EnumMap<>(EntityOrder.class);
    /** The same without a type or name filter: the total is Neo4j's count of the label, kept in its count store. */
    private static final Map<EntityOrder, String> UNFILTERED_ENTITY_PAGES = new java.util.EnumMap<>(EntityOrder.class);
    private static final String ENTITY_FILTER = """
            ($labels IS NULL OR n.type IN $labels)
              AND ($contains IS NULL OR toLower(n.name) CONTAINS $contains
                   OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $contains))""";
    /**
     * The page's rows in their order, each with the entity's projection ({@code %%s}) and its count and lastSeen
     * ({@code %s}: the window's, or what the entity keeps).
     */
    private static final String PAGE_ROWS = """
            CALL (page) {
                UNWIND range(0, size(page) - 1) AS i
                WITH i, page[i] AS r
                WITH i, r, r.n AS n
                ORDER BY i
                RETURN collect({entity: %%s, %s, key: r.key}) AS out
            }""";
    private static final String WINDOW_COUNTS = "mentions: r.mentions, lastSeen: toString(r.lastSeen)";
    private static final String KEPT_COUNTS = "mentions: " + DEGREE + ", lastSeen: toString(n.lastSeen)";

    static {
        for (EntityOrder order : EntityOrder.values()) {
            ALL_TIME_ENTITY_PAGES.put(order, allTimePage(order, " WHERE " + ENTITY_FILTER));
            UNFILTERED_ENTITY_PAGES.put(order, allTimePage(order, ""));
            ENTITY_PAGES.put(order, """
                    MATCH (n:Entity)
                    WHERE %s
                    CALL (n) {
                        OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
                        WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
                          AND ($to IS NULL OR a.publishedAt < datetime($to))
                          AND ($source IS NULL OR a.source = $source)
                        RETURN count(a) AS mentions, max(a.publishedAt) AS lastSeen
                    }
                    WITH n, mentions, lastSeen WHERE mentions > 0
                    WITH n, mentions, lastSeen, %s AS key
                    ORDER BY key %s, n.id
                    WITH collect({n: n, mentions: mentions, lastSeen: lastSeen, key: key}) AS rows
                    WITH size(rows) AS total,
                         [r IN rows WHERE $afterId IS NULL OR %s OR (r.key = $afterKey AND r.n.id > $afterId)][0..$limit] AS page
                    %s
                    RETURN total, out AS page
                    """.formatted(ENTITY_FILTER, order.key, order.direction, order.after.replace("key", "r.key"),
                    PAGE_ROWS.formatted(WINDOW_COUNTS)));
        }
    }

    /**
     * The list over all articles ({@code where}: the filter's WHERE clause, or nothing): the total counted, the
     * page the top of one ordered scan that reads only the sort key, the count and lastSeen read for the page's
     * rows alone. Without a WHERE, Neo4j counts from its count store.
     */
    private static String allTimePage(EntityOrder order, String where) {
        return """
                CALL () {
                    MATCH (n:Entity)%1$s
                    RETURN count(n) AS total
                }
                CALL () {
                    MATCH (n:Entity)%1$s
                    WITH n, %2$s AS key
                    WHERE $afterId IS NULL OR %3$s OR (key = $afterKey AND n.id > $afterId)
                    WITH n, key
                    ORDER BY key %4$s, n.id
                    LIMIT $limit
                    RETURN collect({n: n, key: key}) AS page
                }
                %5$s
                RETURN total, out AS page
                """.formatted(where, order.allTimeKey, order.after, order.direction, PAGE_ROWS.formatted(KEPT_COUNTS));
    }

    @Inject
    GraphReader reader;

    /**
     * Entities filtered by type, by a part of their name or alias, and by being mentioned in articles
     * published in [from, to) or from one source; sorted; a page of {@code first} after a keyset position.
     */
    public EntityPage entities(List<String> labels, String contains, String from, String to, String source,
            EntityOrder order, String afterId, Object afterKey, int first, EntityShape shape) {
        boolean windowed = from != null || to != null || source != null;
        EntityProjection projection = new EntityProjection();
        Map<EntityOrder, String> pages = windowed ? ENTITY_PAGES
                : labels == null && contains == null ? UNFILTERED_ENTITY_PAGES : ALL_TIME_ENTITY_PAGES;
        String cypher = pages.get(order).formatted(projection.of("n", shape));
        Record r = reader.read(cypher, GraphReader.with(projection, "labels", labels,
                "contains", contains == null ? null : contains.toLowerCase(java.util.Locale.ROOT), "from", from, "to", to,
                "source", source, "afterId", afterId, "afterKey", afterKey, "limit", first + 1))
                .get(0);
        List<EntityPageRow> rows = r.get("page").asList(v -> new EntityPageRow(EntityProjection.read(v.get("entity"), shape),
                v.get("mentions").asLong(), GraphReader.nullableString(v.get("lastSeen")), v.get("key").asObject()));
        return new EntityPage(rows, r.get("total").asLong());
    }

    public Optional<EntityRecord> countryByCode(String code, EntityShape shape) {
        EntityProjection projection = new EntityProjection();
        return reader.read("MATCH (n:Country {code: $code}) WITH n LIMIT 1 RETURN " + projection.of("n", shape) + " AS e",
                GraphReader.with(projection, "code", code))
                .stream().findFirst().map(r -> EntityProjection.read(r.get("e"), shape));
    }

    /** Entities whose name or an alias is {@code name} (ignoring case); the full-text index narrows first. */
    public List<EntityRecord> byName(String luceneQuery, String name, List<String> labels, EntityShape shape) {
        EntityProjection projection = new EntityProjection();
        return reader.read("""
                CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: 200}) YIELD node AS n
                WHERE ($labels IS NULL OR n.type IN $labels)
                  AND (toLower(n.name) = $name OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $name))
                WITH n ORDER BY n.name LIMIT $limit
                RETURN %s AS e
                """.formatted(projection.of("n", shape)), GraphReader.with(projection, "query", luceneQuery,
                "name", name.toLowerCase(java.util.Locale.ROOT), "labels", labels, "limit", MAX_BY_NAME))
                .stream().map(r -> EntityProjection.read(r.get("e"), shape)).toList();
    }

    /**
     * The entities mentioned in most articles of the window, best first (ties: more mentions, then the name). A
     * window of whole days is ranked from the day roll-ups; see {@link EntityRanking}.
     */
    public List<EntityCount> topEntities(List<String> labels, String from, String to, List<String> sources, int first,
            EntityShape shape) {
        EntityProjection projection = new EntityProjection();
        EntityRanking.Periods periods = EntityRanking.periods(from, to, sources);
        String ranking = periods == null ? EntityRanking.fromMentions(from != null || to != null)
                : EntityRanking.fromRollups(labels != null);
        String cypher = ranking + """
                UNWIND range(0, size(ranked) - 1) AS i
                WITH i, ranked[i] AS row
                MATCH (n:Entity {id: row.id})
                RETURN %s AS e, row
                ORDER BY i
                """.formatted(projection.of("n", shape));
        Map<String, Object> params = EntityRanking.params(periods, from, to, labels, sources, first);
        params.putAll(projection.params());
        return reader.read(cypher, params)
                .stream().map(r -> EntityRanking.read(r.get("e"), r.get("row"), shape))
                .toList();
    }

    /** How often the entity is mentioned per day, week or month of publication, from its roll-ups. */
    public List<TimelinePoint> timeline(String id, String from, String to, String unit) {
        String cypher = wholeDays(from) && wholeDays(to) ? """
                MATCH (r:MentionDay {entityId: $id})
                WHERE r.day >= $fromDay AND r.day < $toDay
                WITH date.truncate($unit, r.day) AS bucket, sum(r.articles) AS articles, sum(r.mentions) AS mentions
                """ : """
                MATCH (a:Article)-[m:MENTIONS]->(:Entity {id: $id})
                WHERE a.publishedAt IS NOT NULL
                  AND ($from IS NULL OR a.publishedAt >= datetime($from))
                  AND ($to IS NULL OR a.publishedAt < datetime($to))
                WITH date.truncate($unit, a.publishedAt) AS bucket, count(DISTINCT a) AS articles, sum(m.count) AS mentions
                """;
        return reader.read(cypher + """
                ORDER BY bucket
                RETURN toString(bucket) AS bucket, articles, mentions
                """, GraphReader.params("id", id, "from", from, "to", to, "unit", unit,
                "fromDay", day(from, GraphWriter.UNDATED.plusDays(1)), "toDay", day(to, java.time.LocalDate.of(9999, 12, 31))))
                .stream().map(r -> new TimelinePoint(r.get("bucket").asString(), r.get("articles").asLong(),
                        r.get("mentions").asLong()))
                .toList();
    }

    /** No bound, or one at midnight UTC: the roll-ups, counted per day, can answer for it exactly. */
    private static boolean wholeDays(String isoInstant) {
        return isoInstant == null || EntityRanking.midnight(isoInstant);
    }

    /** The day of a bound at midnight UTC, or the fallback when there is no bound. */
    private static java.time.LocalDate day(String isoInstant, java.time.LocalDate fallback) {
        return isoInstant == null ? fallback : EntityRanking.utcDay(isoInstant);
    }

    public List<AgreementRecord> agreements(String status, String partyId, int first, EntityShape agreementShape,
            EntityShape partyShape) {
        EntityProjection projection = new EntityProjection();
        // With a party, start from it (an index look-up and its few PARTY_TO); without, from all agreements.
        String match = partyId == null ? "MATCH (n:Agreement)" : "MATCH (:Entity {id: $party})-[:PARTY_TO]->(n:Agreement)";
        return reader.read(match + """

                CALL (n) {
                    OPTIONAL MATCH (p:Entity)-[r:PARTY_TO]->(n)
                    WITH p, r ORDER BY p.name
                    RETURN [x IN collect(CASE WHEN p IS NULL THEN null ELSE {p: p, status: r.status} END)
                            WHERE x IS NOT NULL] AS parties
                }
                WITH n, parties
                WHERE $status IS NULL OR any(x IN parties WHERE x.status = $status)
                WITH n, parties ORDER BY size(parties) DESC, n.name LIMIT $first
                // Projected only now, for the agreements kept.
                CALL (parties) {
                    UNWIND parties AS x
                    WITH x.p AS p, x.status AS status
                    RETURN collect({entity: %s, status: status}) AS projected
                }
                RETURN %s AS e, projected AS parties
                ORDER BY size(projected) DESC, n.name
                """.formatted(projection.of("p", partyShape), projection.of("n", agreementShape)),
                GraphReader.with(projection, "status", status, "party", partyId, "first", first))
                .stream().map(r -> new AgreementRecord(EntityProjection.read(r.get("e"), agreementShape), r.get("parties").asList(
                        v -> new Party(EntityProjection.read(v.get("entity"), partyShape),
                                GraphReader.nullableString(v.get("status"))))))
                .toList();
    }

    public List<PathRecord> connections(String from, String to, int maxHops, int first, int evidence, EntityShape shape) {
        EntityProjection projection = new EntityProjection();
        String cypher = PATHS[maxHops].formatted(projection.of("n", shape));
        return reader.read(cypher, GraphReader.with(projection, "from", from, "to", to, "first", first, "evidence", evidence))
                .stream().map(r -> new PathRecord(r.get("nodes").asList(v -> EntityProjection.read(v, shape)),
                        r.get("edges").asList(GraphExplorer::edge)))
                .toList();
    }

    public Optional<Subgraph> neighbourhood(String id, int depth, List<String> types, int limit, int evidence,
            EntityShape shape) {
        EntityProjection projection = new EntityProjection();
        String cypher = NEIGHBOURHOODS[depth].formatted(projection.of("n", shape));
        return reader.read(cypher, GraphReader.with(projection, "id", id, "types", types, "limit", limit, "evidence", evidence))
                .stream().findFirst().map(r -> new Subgraph(r.get("nodes").asList(v -> EntityProjection.read(v, shape)),
                        r.get("edges").asList(GraphExplorer::edge)));
    }

    private static Edge edge(Value v) {
        return new Edge(v.get("type").asString(), v.get("sourceId").asString(), v.get("targetId").asString(),
                GraphReader.nullableString(v.get("title")), GraphReader.nullableString(v.get("status")),
                v.get("evidence").asList(GraphReader::evidence));
    }
}
