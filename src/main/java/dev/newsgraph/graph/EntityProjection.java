package dev.newsgraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Value;

import dev.newsgraph.graph.EntityShape.Articles;
import dev.newsgraph.graph.EntityShape.CoMentioned;
import dev.newsgraph.graph.EntityShape.Nested;
import dev.newsgraph.graph.EntityShape.Linked;
import dev.newsgraph.graph.EntityShape.Relations;
import dev.newsgraph.graph.GraphRecords.ArticleMention;
import dev.newsgraph.graph.GraphRecords.EntityMention;
import dev.newsgraph.graph.GraphRecords.EntityRecord;
import dev.newsgraph.graph.GraphRecords.Party;
import dev.newsgraph.graph.GraphRecords.RelationPage;
import dev.newsgraph.graph.GraphRecords.RelationRecord;
import dev.newsgraph.graph.GraphRecords.Role;

/**
 * Turns an {@link EntityShape} into one Cypher map projection of a node: its properties, and each
 * nested list as a COLLECT subquery, nested as deep as the shape goes. The request's arguments become
 * parameters; what is written into the text comes from the shape's closed sets only (relation types,
 * directions) and from generated variable names.
 */
final class EntityProjection {

    /** The latest articles of an entity that coMentioned counts over. */
    static final int CO_MENTION_ARTICLES = 1000;

    private final Map<String, Object> params = new HashMap<>();
    private int variables;

    /** The parameters the projections built so far refer to; add them to the query's own. */
    Map<String, Object> params() {
        return params;
    }

    /** A map expression for the entity bound to {@code node}, with the nested lists of {@code shape}. */
    String of(String node, EntityShape shape) {
        StringBuilder map = new StringBuilder("{id: ").append(node).append(".id, type: ").append(node)
                .append(".type, name: ").append(node).append(".name");
        Set<String> properties = shape.properties();
        if (properties.contains("aliases")) {
            map.append(", aliases: coalesce(").append(node).append(".aliases, [])");
        }
        if (properties.contains("code")) {
            map.append(", code: ").append(node).append(".code");
        }
        if (properties.contains("acronym")) {
            map.append(", acronym: ").append(node).append(".acronym");
        }
        if (properties.contains("mentions")) {
            // Only articles have MENTIONS: counting them without the label reads the node's degree store.
            map.append(", mentions: COUNT { ()-[:MENTIONS]->(").append(node).append(") }");
        }
        List<Nested> lists = shape.lists();
        for (int i = 0; i < lists.size(); i++) {
            map.append(", l").append(i).append(": ").append(list(node, lists.get(i)));
        }
        return map.append('}').toString();
    }

    private String list(String node, Nested list) {
        return switch (list) {
            case Relations r -> relations(node, r);
            case Articles a -> articles(node, a);
            case CoMentioned c -> coMentioned(node, c);
            case Linked l -> linked(node, l);
        };
    }

    private String relations(String node, Relations list) {
        int v = variables++;
        String r = "r" + v;
        String o = "o" + v;
        // Facts join entities only, so the other end needs no label check: one read less per fact.
        String pattern = switch (list.direction()) {
            case OUTGOING -> "(%s)-[%s:%s]->(%s)";
            case INCOMING -> "(%s)<-[%s:%s]-(%s)";
            case BOTH -> "(%s)-[%s:%s]-(%s)";
        };
        // Relation types come from a closed enum and are checked in Relations: safe to name in the pattern,
        // which lets Neo4j expand only those types.
        String types = String.join("|", list.types()) + (list.includeRetracted() ? "|" + GraphWriter.RETRACTED : "");
        String match = pattern.formatted(node, r, types, o);
        // A retracted fact keeps its own type as factType, and counts as one of that type; only retracted
        // facts have the property, so without them the relationship's type is read, not a property.
        String type = list.includeRetracted() ? "coalesce(" + r + ".factType, type(" + r + "))" : "type(" + r + ")";
        // One type and no retracted facts: every row has the same type, nothing to sort by.
        String typeOrder = list.types().size() == 1 && !list.includeRetracted() ? "" : type + ", ";
        String kept = list.includeRetracted() ? type + " IN " + param(list.types()) : "";
        String after = kept.isEmpty() ? "" : " WHERE " + kept;
        if (list.after() != null) {
            String t = param(list.after().type());
            String n = param(list.after().otherName());
            String k = param(list.after().key());
            String page = "(%1$s > %3$s OR (%1$s = %3$s AND (%2$s.name > %4$s OR (%2$s.name = %4$s AND %6$s.key > %5$s))))"
                    .formatted(type, o, t, n, k, r);
            after = after.isEmpty() ? " WHERE " + page : after + " AND " + page;
        }
        String sure = "";
        if (list.minConfidence() != null) {
            // a fact is as sure as its surest evidence
            int w = variables++;
            sure = "EXISTS { MATCH (sure" + w + ":Evidence {factKey: " + r + ".key}) WHERE sure" + w
                    + ".confidence >= " + param(list.minConfidence()) + " }";
            after = after.isEmpty() ? " WHERE " + sure : after + " AND " + sure;
        }
        String evidence = list.evidence() > 0 ? evidence(r, list.evidence(), list.minConfidence()) : "[]";
        String items = "COLLECT { MATCH " + match + after + " WITH " + r + ", " + o + " ORDER BY " + typeOrder + o
                + ".name, " + r + ".key LIMIT " + param(list.fetch()) + " RETURN {type: " + type + ", outgoing: startNode("
                + r + ") = " + node + ", title: " + r + ".title, status: " + r + ".status, key: " + r + ".key, otherName: "
                + o + ".name, retractReason: " + r + ".retractReason, evidence: " + evidence + ", other: "
                + of(o, list.other()) + "} }";
        String filter = kept.isEmpty() ? sure : sure.isEmpty() ? kept : kept + " AND " + sure;
        String counted = filter.isEmpty() ? match : match + " WHERE " + filter;
        return list.page() ? "{total: COUNT { MATCH " + counted + " }, items: " + items + "}" : items;
    }

    private String evidence(String fact, int limit, Double minConfidence) {
        int v = variables++;
        String ev = "ev" + v;
        String where = minConfidence == null ? "" : " WHERE " + ev + ".confidence >= " + param(minConfidence);
        return evidence(fact, ev, "a" + v, param(limit), where);
    }

    /**
     * The evidence of the fact bound to {@code fact}, best first, at most {@code limit} (a parameter):
     * a COLLECT subquery with its own variables {@code ev} and {@code article}. Also used for the edges of
     * paths and neighbourhoods.
     */
    static String evidence(String fact, String ev, String article, String limit) {
        return evidence(fact, ev, article, limit, "");
    }

    /** The same, with a WHERE clause on {@code ev} (its values parameters). */
    private static String evidence(String fact, String ev, String article, String limit, String where) {
        return "COLLECT { MATCH (" + ev + ":Evidence {factKey: " + fact + ".key})-[:IN]->(" + article + ":Article)" + where + " WITH "
                + ev + ", " + article + " ORDER BY " + ev + ".confidence DESC, " + article + ".publishedAt DESC, " + ev
                + ".id LIMIT " + limit + " RETURN {articleId: " + article + ".id, articleTitle: " + article
                + ".title, articleUrl: " + article + ".url, articleSource: " + article + ".source, articlePublishedAt: "
                + article + ".publishedAt, sentence: " + ev + ".sentence, sentenceIndex: " + ev + ".sentenceIndex, start: " + ev
                + ".start, end: " + ev + ".end, confidence: " + ev + ".confidence, extractorVersion: " + ev
                + ".extractorVersion} }";
    }

    private String articles(String node, Articles list) {
        int v = variables++;
        String a = "a" + v;
        String m = "m" + v;
        return "COLLECT { MATCH (" + a + ":Article)-[" + m + ":MENTIONS]->(" + node + ") WITH " + a + ", " + m
                + " ORDER BY " + a + ".publishedAt DESC, " + a + ".id LIMIT " + param(list.first()) + " RETURN {id: "
                + a + ".id, title: " + a + ".title, url: " + a + ".url, source: " + a + ".source, publishedAt: " + a
                + ".publishedAt, count: " + m + ".count} }";
    }

    /**
     * How many articles the entity shares with each other entity, among its latest {@link #CO_MENTION_ARTICLES}:
     * a bound that keeps the cost of a much-mentioned entity from growing with the archive (it reads the
     * entity's mentions once, for their day, instead of every mention of every article), and that asks about
     * what the entity is in the news with now.
     */
    private String coMentioned(String node, CoMentioned list) {
        int v = variables++;
        String a = "a" + v;
        String m = "m" + v;
        String c = "c" + v;
        String together = "together" + v;
        return "COLLECT { MATCH (" + node + ")<-[" + m + ":MENTIONS]-(" + a + ":Article) WITH " + a + " ORDER BY " + m
                + ".day DESC, " + a + ".id LIMIT " + param(CO_MENTION_ARTICLES) + " MATCH (" + a + ")-[:MENTIONS]->(" + c
                + ":Entity) WHERE " + c + " <> " + node + " WITH " + c + ", count(*) AS " + together + " ORDER BY "
                + together + " DESC, " + c + ".name LIMIT " + param(list.first()) + " RETURN {count: " + together
                + ", entity: " + of(c, list.entity()) + "} }";
    }

    private String linked(String node, Linked list) {
        int v = variables++;
        String r = "r" + v;
        String o = "o" + v;
        String match = switch (list.link()) {
            case ROLES -> "(" + node + ")-[" + r + ":HOLDS_ROLE]->(" + o + ":Entity)";
            case PARTIES -> "(" + o + ":Entity)-[" + r + ":PARTY_TO]->(" + node + ")";
        };
        boolean roles = list.link() == EntityShape.Link.ROLES;
        String property = roles ? r + ".title" : r + ".status";
        String order = roles ? property + ", " + o + ".name" : o + ".name";
        return "COLLECT { MATCH " + match + " WITH " + r + ", " + o + " ORDER BY " + order + " LIMIT "
                + param(list.link().max()) + " RETURN {property: " + property + ", entity: " + of(o, list.entity()) + "} }";
    }

    private String param(Object value) {
        String name = "sh" + params.size();
        params.put(name, value);
        return "$" + name;
    }

    /** Reads back a map built by {@link #of}. */
    static EntityRecord read(Value v, EntityShape shape) {
        Map<String, Object> nested = Map.of();
        if (!shape.lists().isEmpty()) {
            nested = new HashMap<>();
            List<Nested> lists = shape.lists();
            for (int i = 0; i < lists.size(); i++) {
                Nested list = lists.get(i);
                Value value = v.get("l" + i);
                nested.put(list.key(), list instanceof Relations r && r.page()
                        ? new RelationPage(value.get("total").asLong(), readList(value.get("items"), list))
                        : readList(value, list));
            }
        }
        return new EntityRecord(v.get("id").asString(), v.get("type").asString(), v.get("name").asString(),
                v.get("aliases").isNull() ? List.of() : v.get("aliases").asList(Value::asString),
                GraphReader.nullableString(v.get("code")),
                GraphReader.nullableString(v.get("acronym")), v.get("mentions").asLong(0), nested);
    }

    private static <T> List<T> readList(Value items, Nested list) {
        List<Object> out = new ArrayList<>(items.size());
        for (Value x : items.values()) {
            out.add(switch (list) {
                case Relations r -> new RelationRecord(x.get("type").asString(), x.get("outgoing").asBoolean(),
                        read(x.get("other"), r.other()), GraphReader.nullableString(x.get("title")),
                        GraphReader.nullableString(x.get("status")), x.get("evidence").asList(GraphReader::evidence),
                        new EntityShape.RelationCursor(x.get("type").asString(), x.get("otherName").asString(),
                                x.get("key").asString()), GraphReader.nullableString(x.get("retractReason")));
                case Articles a -> new ArticleMention(x.get("id").asString(), GraphReader.nullableString(x.get("title")),
                        GraphReader.nullableString(x.get("url")), GraphReader.nullableString(x.get("source")),
                        GraphReader.nullableInstant(x.get("publishedAt")),
                        x.get("count").asLong(0));
                case CoMentioned c -> new EntityMention(read(x.get("entity"), c.entity()), x.get("count").asLong());
                case Linked l -> l.link() == EntityShape.Link.ROLES
                        ? new Role(GraphReader.nullableString(x.get("property")), read(x.get("entity"), l.entity()))
                        : new Party(read(x.get("entity"), l.entity()), GraphReader.nullableString(x.get("property")));
            });
        }
        @SuppressWarnings("unchecked")
        List<T> typed = (List<T>) out;
        return typed;
    }
}
