package dev.newsgraph.graph;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.newsgraph.graph.GraphRecords.EntityCount;

/**
 * The Cypher that ranks the entities mentioned in most articles of a time window (topEntities).
 *
 * <p>A window of whole days is ranked from the roll-ups (graph-schema/V005) with a threshold algorithm, so that
 * its cost follows the window's length and not the number of articles: for each whole week in it, and each day
 * outside those weeks (and each type asked), the {@link #DEPTH} roll-ups with most articles are read in index
 * order; the entities among them with the largest sums are counted exactly over the window from the day
 * roll-ups; and that answer is proven when the last of the ranking counts more articles than any entity left out
 * could (the sum of each period's smallest listed count, plus the largest partial sum not counted). Weeks keep
 * that bound tight: summed over 31 days, the day tops' smallest counts exceeded most rankings' tenth count.
 * When it is not proven (small graphs, flat days), the same statement counts the raw mentions of the window's
 * articles, as every other window does (a source filter, a bound off midnight, no bound).
 */
final class EntityRanking {

    /** How many roll-ups of each period (and type) are read. */
    static final int DEPTH = 30;
    /** How many of the entities found in those tops are counted exactly over the window. */
    static final int CANDIDATES = 30;
    /** The longest window ranked from roll-ups, in days; longer ones read more days than raw mentions cost. */
    static final int MAX_DAYS = 400;

    private EntityRanking() {
    }

    /**
     * The periods a window of whole days is ranked over: the whole weeks (Monday to Sunday) inside it, and the
     * days before the first and after the last of them. Null when the roll-ups cannot rank it (count the raw
     * mentions): a source filter, a bound off midnight or none, a window longer than {@link #MAX_DAYS}.
     */
    static Periods periods(String from, String to, List<String> sources) {
        if (sources != null || from == null || to == null || !midnight(from) || !midnight(to)) {
            return null;
        }
        LocalDate first = utcDay(from);
        LocalDate end = utcDay(to);
        if (!first.isBefore(end) || first.plusDays(MAX_DAYS).isBefore(end)) {
            return null;
        }
        LocalDate firstWeek = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        LocalDate d = first;
        for (; d.isBefore(end) && d.isBefore(firstWeek); d = d.plusDays(1)) {
            days.add(d);
        }
        for (; !d.plusDays(7).isAfter(end); d = d.plusDays(7)) {
            weeks.add(d);
        }
        for (; d.isBefore(end); d = d.plusDays(1)) {
            days.add(d);
        }
        return new Periods(first, end, weeks, days);
    }

    /** A window [from, to) of whole days, as whole weeks (their Mondays) and the days outside them. */
    record Periods(LocalDate from, LocalDate to, List<LocalDate> weeks, List<LocalDate> days) {
    }

    /** Whether the instant is a midnight UTC: a bound the day roll-ups can answer for exactly. */
    static boolean midnight(String isoInstant) {
        return Instant.parse(isoInstant).getEpochSecond() % 86400 == 0;
    }

    /** The day (UTC) of an ISO instant. */
    static LocalDate utcDay(String isoInstant) {
        return Instant.parse(isoInstant).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Raw mentions of the window's articles, counted per entity: rows {id, articles, mentions}, best first. */
    private static String counted(String window) {
        return """
                MATCH (a:Article) %s
                WITH a WHERE $sources IS NULL OR a.source IN $sources
                MATCH (a)-[m:MENTIONS]->(n)
                WITH n, count(*) AS articles, sum(m.count) AS mentions
                WHERE $labels IS NULL OR n.type IN $labels
                WITH n, articles, mentions
                ORDER BY articles DESC, mentions DESC, n.name
                LIMIT $first
                RETURN collect({id: n.id, articles: articles, mentions: mentions}) AS ranked
                """.formatted(window);
    }

    // With a window, a plain range on publishedAt, so that Neo4j seeks the index instead of scanning every
    // article ("$from IS NULL OR ..." defeats the seek). Only articles have MENTIONS, each at most once per
    // entity: count(*) counts articles, and the entity type is read once per entity, after aggregating.
    private static final String WINDOW =
            "WHERE a.publishedAt >= datetime(coalesce($from, '0001-01-01')) AND a.publishedAt < datetime(coalesce($to, '9999-12-31'))";

    /** The ranking from raw mentions: for a window the roll-ups cannot answer. */
    static String fromMentions(boolean window) {
        return "CALL () {\n" + counted(window ? WINDOW : "") + "}\n";
    }

    /**
     * The ranking from the week and day roll-ups, falling back to raw mentions inside the same statement when
     * the tops read do not prove it; per type when types are asked. Exact counts come from the day roll-ups.
     */
    static String fromRollups(boolean perType) {
        String tops = "CALL () {\n" + tops("MentionWeek", "week", "$weeks", perType) + "UNION ALL\n"
                + tops("MentionDay", "day", "$days", perType) + "}\n";
        return "CALL () {\n" + tops + """
                WITH collect(CASE WHEN size(top) < $depth THEN 0 ELSE top[-1][1] END) AS floors, collect(top) AS lists
                WITH reduce(t = 0, f IN floors | t + f) AS threshold, lists
                CALL (lists) {
                    UNWIND lists AS list
                    UNWIND list AS entry
                    WITH entry[0] AS id, sum(entry[1]) AS partial
                    ORDER BY partial DESC
                    RETURN collect(id) AS ids, collect(partial) AS partials
                }
                WITH threshold, ids[0..$candidates] AS candidates, coalesce(partials[$candidates], 0) AS left
                CALL (candidates) {
                    UNWIND candidates AS id
                    CALL (id) {
                        MATCH (r:MentionDay {entityId: id}) WHERE r.day >= $fromDay AND r.day < $toDay
                        RETURN sum(r.articles) AS articles, sum(r.mentions) AS mentions
                    }
                    MATCH (n:Entity {id: id})
                    WITH n, articles, mentions
                    ORDER BY articles DESC, mentions DESC, n.name
                    RETURN collect({id: n.id, articles: articles, mentions: mentions}) AS exact
                }
                // proven: the last ranked counts more than any entity left out could; or the tops held every
                // entity of the window (no day was cut, no candidate left out)
                WITH exact[0..$first] AS exact,
                     size(exact) >= $first AND exact[$first - 1].articles > threshold + left
                       OR threshold = 0 AND left = 0 AS proven
                CALL (proven) {
                    WITH proven WHERE NOT proven
                """ + counted(WINDOW).indent(4) + """
                }
                RETURN CASE WHEN proven THEN exact ELSE ranked END AS ranked
                }
                """;
    }

    /**
     * The top {@code DEPTH} roll-ups of each period listed in {@code periods} (and of each type asked), as rows
     * {@code top}: lists of [entityId, articles], largest first. The ORDER BY names every property of the index,
     * so that Neo4j reads it in order and stops after DEPTH entries instead of sorting the whole period.
     */
    private static String tops(String label, String property, String periods, boolean perType) {
        String byType = perType ? "r.type = label AND " : "";
        String order = (perType ? "r.type DESC, " : "") + "r." + property + " DESC, r.articles DESC";
        return "UNWIND " + periods + " AS period\n" + (perType ? "UNWIND $labels AS label\n" : "")
                + "CALL (period" + (perType ? ", label" : "") + ") {\n"
                + "    MATCH (r:" + label + ") WHERE " + byType + "r." + property + " = period AND r.articles IS NOT NULL\n"
                + "    WITH r ORDER BY " + order + " LIMIT $depth\n"
                + "    RETURN collect([r.entityId, r.articles]) AS top\n"
                + "}\n"
                + "RETURN top\n";
    }

    /** The statement's parameters besides the projection's. */
    static Map<String, Object> params(Periods periods, String from, String to, List<String> labels,
            List<String> sources, int first) {
        Map<String, Object> p = GraphReader.params("from", from, "to", to, "labels", labels, "sources", sources,
                "first", first);
        if (periods != null) {
            p.putAll(GraphReader.params("weeks", periods.weeks(), "days", periods.days(), "fromDay", periods.from(),
                    "toDay", periods.to(), "depth", DEPTH, "candidates", CANDIDATES));
        }
        return p;
    }

    /** Reads one ranked row {id, articles, mentions} with its projected entity. */
    static EntityCount read(org.neo4j.driver.Value e, org.neo4j.driver.Value row, EntityShape shape) {
        return new EntityCount(EntityProjection.read(e, shape), row.get("articles").asLong(), row.get("mentions").asLong());
    }
}
