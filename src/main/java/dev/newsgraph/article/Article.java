package dev.newsgraph.article;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The system of record for an ingested article: what the user sent (cleaned to text), how it was
 * projected into the graph, and by which extractor version. The graph can always be rebuilt from here.
 */
@Entity
@Table(name = "article",
        uniqueConstraints = @UniqueConstraint(name = "article_content_hash", columnNames = "content_hash"),
        indexes = {
                @Index(name = "article_status", columnList = "status"),
                @Index(name = "article_ingested", columnList = "ingested_at, id") })
public class Article extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(length = 2048)
    public String url;

    @Column(length = 1000)
    public String title;

    @Column(length = 200)
    public String source;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Lob
    @Column(nullable = false)
    public String text;

    /** SHA-256 of the normalised text: the same content is the same article. */
    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ArticleStatus status;

    @Column(name = "extractor_version", length = 32)
    public String extractorVersion;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @Column(name = "projected_at")
    public Instant projectedAt;

    /** When the retry of a failed projection is due. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "projection_attempts", nullable = false)
    public int projectionAttempts;

    @Column(name = "last_error", length = 2000)
    public String lastError;

    public static Optional<Article> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }
}
