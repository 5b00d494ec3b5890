package dev.newsgraph.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.newsgraph.api.Entities.Entity;
import dev.newsgraph.article.Article;
import dev.newsgraph.article.ArticleStatus;
import dev.newsgraph.extract.RelationType;
import dev.newsgraph.graph.GraphRecords;

/** The GraphQL output types. Records, so the schema says exactly what a client gets. */
public final class Views {

    private Views() {
    }

    @Name("Evidence")
    @Description("The sentence of an article that states a fact.")
    public record EvidenceView(@NonNull @Id String articleId, String articleTitle,
            @Description("The article's address, when it was given") String articleUrl, String articleSource,
            @Description("When the article was published, when it was given") Instant articlePublishedAt,
            @NonNull String sentence, int sentenceIndex,
            @Description("Character offset of the sentence in the article text") int start,
            int end, double confidence, String extractorVersion) {

        static EvidenceView of(GraphRecords.EvidenceRecord e) {
            return new EvidenceView(e.articleId(), e.articleTitle(), e.articleUrl(), e.articleSource(),
                    e.articlePublishedAt(), e.sentence(), e.sentenceIndex(), e.start(), e.end(), e.confidence(),
                    e.extractorVersion());
        }
    }

    @Name("Relation")
    @Description("A fact linking this entity to another, with the sentences that state it.")
    public record RelationView(@NonNull RelationType type,
            @Description("True when this entity is the subject (source) of the fact") boolean outgoing,
            @NonNull Entity other, @Description("Role title, for HOLDS_ROLE") String title,
            @Description("Agreement status, for PARTY_TO") String status, @NonNull List<@NonNull EvidenceView> evidence,
            @NonNull @Description("Pass as relations(after:) to get the facts after this one") String cursor,
            @NonNull @Description("The fact's key: the same fact from any article, the key retractFact takes") String key,
            @Description("True when a person retracted the fact (listed only with includeRetracted)") boolean retracted,
            @Description("Why it was retracted") String retractReason) {

        static RelationView of(GraphRecords.RelationRecord r) {
            return new RelationView(RelationType.valueOf(r.type()), r.outgoing(), Entities.of(r.other()), r.title(),
                    r.status(), r.evidence().stream().map(EvidenceView::of).toList(), RelationCursors.encode(r.cursor()),
                    r.cursor().key(), r.retractReason() != null, r.retractReason());
        }
    }

    @Name("Article")
    @Description("A stored article; its facts are in the graph once status is PROJECTED.")
    public record ArticleView(@NonNull @Id String id, String url, String title, String source, Instant publishedAt,
            @NonNull Instant ingestedAt, @NonNull ArticleStatus status, String extractorVersion,
            @NonNull String text,
            // The entities lists its query read already, by ArticleFields.key; not part of the schema.
            @Ignore java.util.Map<String, List<GraphRecords.ArticleEntity>> mentioned) {

        static ArticleView of(Article a) {
            return new ArticleView(a.id, a.url, a.title, a.source, a.publishedAt, a.ingestedAt, a.status,
                    a.extractorVersion, a.text, java.util.Map.of());
        }

        /** Without the text, which was not asked for. */
        static ArticleView of(dev.newsgraph.article.ArticleHead a) {
            return new ArticleView(a.id(), a.url(), a.title(), a.source(), a.publishedAt(), a.ingestedAt(), a.status(),
                    a.extractorVersion(), null, java.util.Map.of());
        }

        ArticleView withMentioned(java.util.Map<String, List<GraphRecords.ArticleEntity>> read) {
            return new ArticleView(id, url, title, source, publishedAt, ingestedAt, status, extractorVersion, text, read);
        }
    }

    @Name("ArticleMention")
    public record ArticleMentionView(@NonNull @Id String id, String title, String url, String source,
            Instant publishedAt, @Description("How often the article mentions the entity") long count) {

        static ArticleMentionView of(GraphRecords.ArticleMention m) {
            return new ArticleMentionView(m.articleId(), m.title(), m.url(), m.source(), m.publishedAt(), m.count());
        }
    }

    @Name("EntityMention")
    public record EntityMentionView(@NonNull Entity entity, long count) {

        static EntityMentionView of(GraphRecords.EntityMention m) {
            return new EntityMentionView(Entities.of(m.entity()), m.count());
        }
    }

    @Name("ArticleEntity")
    @Description("An entity an article mentions: how often, and where it is named, so that a page can highlight it.")
    public record ArticleEntityView(@NonNull Entity entity,
            @Description("How often the article mentions the entity, references such as \"he\" or \"the bloc\" included")
            long count,
            @NonNull @Description("Where the article names the entity (names, acronyms, surnames; not pronouns or "
                    + "descriptions), in text order; offsets refer to the article's text") List<@NonNull MentionSpanView> mentions) {

        static ArticleEntityView of(GraphRecords.ArticleEntity m) {
            return new ArticleEntityView(Entities.of(m.entity()), m.count(),
                    m.spans().stream().map(MentionSpanView::of).toList());
        }
    }

    @Name("MentionSpan")
    @Description("Where a text names an entity: characters [start, end) of the text (counted in UTF-16 code units, "
            + "as JavaScript and Java index strings), so that text.substring(start, end) is this span's text.")
    public record MentionSpanView(int start, int end, @NonNull String text,
            @Description("Index of the sentence it is in, from 0") int sentenceIndex,
            @NonNull @Description("NAME where the words name the entity, DEMONYM where they are an adjective or people "
                    + "noun made from a country's name (\"Canadian\")") MentionKind kind) {

        static MentionSpanView of(dev.newsgraph.extract.MentionSpan s) {
            return new MentionSpanView(s.start(), s.end(), s.text(), s.sentenceIndex(), MentionKind.of(s.kind()));
        }

        /** The same, read back from the graph. */
        static MentionSpanView of(GraphRecords.MentionSpanRecord s) {
            return new MentionSpanView(s.start(), s.end(), s.text(), s.sentenceIndex(), MentionKind.of(s.kind()));
        }
    }

    @Name("SearchHit")
    public record SearchHitView(@NonNull Entity entity, double score) {
    }

    @Name("Role")
    @Description("A title a person holds, and the country or organization it is held in.")
    public record RoleView(String title, @NonNull Entity of) {

        static RoleView of(GraphRecords.Role r) {
            return new RoleView(r.title(), Entities.of(r.of()));
        }
    }

    @Name("Party")
    public record PartyView(@NonNull Entity entity, String status) {

        static PartyView of(GraphRecords.Party p) {
            return new PartyView(Entities.of(p.entity()), p.status());
        }
    }

    @Name("IngestResult")
    public record IngestResult(@NonNull ArticleView article,
            @Description("False when an article with the same content was already stored") boolean created) {
    }

    @Name("PageInfo")
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    @Name("ArticleEdge")
    public record ArticleEdge(@NonNull String cursor, @NonNull ArticleView node) {
    }

    @Name("ArticleConnection")
    public record ArticleConnection(@NonNull List<@NonNull ArticleEdge> edges, @NonNull PageInfo pageInfo,
            long totalCount) {
    }
}
