package dev.newsgraph.graph;

import java.time.Instant;
import java.util.List;

import dev.newsgraph.extract.MentionSpan;

/** What the graph answers with: plain records, free of driver types. */
public final class GraphRecords {

    private GraphRecords() {
    }

    /**
     * An entity with the nested lists its shape asked for, keyed by {@link EntityShape.Nested#key()}:
     * relations, articles, co-mentions, roles or parties, read in the same query.
     */
    public record EntityRecord(String id, String type, String name, List<String> aliases, String code, String acronym,
            long mentions, java.util.Map<String, Object> nested) {

        /** The nested list (or page) read under {@code key}, or null when the query did not read it. */
        @SuppressWarnings("unchecked")
        public <T> T nested(String key) {
            return (T) nested.get(key);
        }
    }

    /** A sentence that states a fact, with the article it is in (title, url, source, publication time). */
    public record EvidenceRecord(String articleId, String articleTitle, String articleUrl, String articleSource,
            java.time.Instant articlePublishedAt, String sentence, int sentenceIndex, int start, int end,
            double confidence, String extractorVersion) {
    }

    /** A relationship seen from one entity: which way it points, the entity at the other end, its evidence. */
    public record RelationRecord(String type, boolean outgoing, EntityRecord other, String title, String status,
            List<EvidenceRecord> evidence, EntityShape.RelationCursor cursor, String retractReason) {
    }

    /** A page of an entity's facts: the total of its facts of those types, and the page's items (one extra, if any). */
    public record RelationPage(long total, List<RelationRecord> items) {
    }

    /** A title a person holds, in a country or organization. */
    public record Role(String title, EntityRecord of) {
    }

    public record ArticleMention(String articleId, String title, String url, String source, Instant publishedAt,
            long count) {
    }

    public record EntityMention(EntityRecord entity, long count) {
    }

    /**
     * Where an article names an entity: characters [start, end) of the article's text, the text there, its sentence,
     * and whether the words are a name or a demonym.
     */
    public record MentionSpanRecord(int start, int end, String text, int sentenceIndex, MentionSpan.Kind kind) {
    }

    /**
     * An entity one article mentions: how often (references such as "he" included) and where it is named
     * (empty when the query did not read the spans).
     */
    public record ArticleEntity(EntityRecord entity, long count, List<MentionSpanRecord> spans) {
    }

    /** The graph in numbers; factsChecksum is a SHA-256 over the sorted keys of all facts. */
    public record GraphStats(long articles, java.util.Map<String, Long> entitiesByType,
            java.util.Map<String, Long> relationsByType, long evidence, String factsChecksum) {
    }

    public record EntityCount(EntityRecord entity, long articles, long mentions) {
    }

    public record TimelinePoint(String bucket, long articles, long mentions) {
    }

    public record Party(EntityRecord entity, String status) {
    }

    public record AgreementRecord(EntityRecord agreement, java.util.List<Party> parties) {
    }

    /** One hop of a path or one edge of a subgraph: a fact between two entities, with its evidence. */
    public record Edge(String type, String sourceId, String targetId, String title, String status,
            java.util.List<EvidenceRecord> evidence) {
    }

    public record PathRecord(java.util.List<EntityRecord> nodes, java.util.List<Edge> edges) {
    }

    public record Subgraph(java.util.List<EntityRecord> nodes, java.util.List<Edge> edges) {
    }

    public record SearchHit(EntityRecord entity, double score) {
    }
}
