package dev.newsgraph.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores articles: validates and cleans what the client sent, and keeps one article per content.
 * Every write is its own short transaction, committed before anything touches the graph.
 */
@ApplicationScoped
public class ArticleStore {

    @ConfigProperty(name = "newsgraph.article.max-chars", defaultValue = "200000")
    int maxChars;

    @ConfigProperty(name = "newsgraph.article.max-input-chars", defaultValue = "2000000")
    int maxInputChars;

    /** The outcome of a store call: the article, and whether this call created it. */
    public record Stored(Article article, boolean created) {
    }

    /**
     * Stores the article unless one with the same content exists.
     *
     * @throws InvalidArticleException when the input cannot be an article (nothing is stored)
     */
    public Stored store(NewArticle input) {
        Article article = prepare(input);
        Optional<Article> existing = QuarkusTransaction.requiringNew()
                .call(() -> Article.findByContentHash(article.contentHash));
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        try {
            QuarkusTransaction.requiringNew().run(article::persist);
            return new Stored(article, true);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            // Another request stored the same content a moment ago: that one is the article.
            Article winner = QuarkusTransaction.requiringNew().call(() -> Article.findByContentHash(article.contentHash))
                    .orElseThrow(() -> e);
            return new Stored(winner, false);
        }
    }

    /** What became of one input of {@link #storeAll}: stored (created or found), or refused with the reason. */
    public record BatchResult(Stored stored, String refused) {
    }

    /**
     * Stores several inputs, each stored or refused on its own, in three round trips instead of two per input: the
     * contents already stored are looked up at once, and the new ones written in one transaction. Should another
     * instance store one of the same contents meanwhile, the batch is stored one input at a time instead.
     */
    public List<BatchResult> storeAll(List<NewArticle> inputs) {
        List<BatchResult> results = new java.util.ArrayList<>(inputs.size());
        java.util.Map<String, Article> byHash = new java.util.HashMap<>();
        List<Article> prepared = new java.util.ArrayList<>(inputs.size());
        for (NewArticle input : inputs) {
            try {
                prepared.add(prepare(input));
            } catch (InvalidArticleException e) {
                prepared.add(null);
                results.add(new BatchResult(null, e.getMessage()));
                continue;
            }
            results.add(null);
        }
        List<String> hashes = prepared.stream().filter(java.util.Objects::nonNull).map(a -> a.contentHash).toList();
        if (!hashes.isEmpty()) {
            QuarkusTransaction.requiringNew().call(() -> Article.<Article> find("contentHash in ?1", hashes).list())
                    .forEach(a -> byHash.put(a.contentHash, a));
        }
        List<Article> fresh = new java.util.ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            Article a = prepared.get(i);
            if (a == null) {
                continue;
            }
            Article known = byHash.get(a.contentHash);
            results.set(i, new BatchResult(new Stored(known == null ? a : known, known == null), null));
            if (known == null) {
                byHash.put(a.contentHash, a); // the same content twice in one batch: the first one is the article
                fresh.add(a);
            }
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> fresh.forEach(a -> a.persist()));
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return inputs.stream().map(this::storeOne).toList();
        }
        return results;
    }

    private BatchResult storeOne(NewArticle input) {
        try {
            return new BatchResult(store(input), null);
        } catch (InvalidArticleException e) {
            return new BatchResult(null, e.getMessage());
        }
    }

    /** A new, unsaved article from the input: validated and cleaned; {@link InvalidArticleException} says why not. */
    private Article prepare(NewArticle input) {
        if (input.text() != null && input.text().length() > maxInputChars) {
            throw new InvalidArticleException("article text is " + input.text().length()
                    + " characters; the limit is " + maxInputChars);
        }
        String text = ArticleText.clean(input.text());
        if (text.isEmpty()) {
            throw new InvalidArticleException("article text is empty");
        }
        if (text.length() > maxChars) {
            throw new InvalidArticleException("article text is " + text.length()
                    + " characters after cleaning; the limit is " + maxChars);
        }
        if (!hasReadableText(text)) {
            throw new InvalidArticleException("article text has no readable words");
        }
        if (input.publishedAt() != null && !DateBounds.contains(input.publishedAt())) {
            throw new InvalidArticleException("publishedAt must be " + DateBounds.range());
        }
        Article article = new Article();
        article.id = UUID.randomUUID().toString();
        article.url = validUrl(input.url());
        article.title = bounded("title", input.title(), 1000);
        article.source = bounded("source", input.source(), 200);
        article.publishedAt = input.publishedAt();
        article.text = text;
        article.contentHash = ArticleText.contentHash(text);
        article.status = ArticleStatus.PENDING;
        article.ingestedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        // The request that stores the article projects it right away; the background retry only takes
        // it if that did not happen (the process died in between), so it is not due before a minute.
        article.nextAttemptAt = article.ingestedAt.plus(Duration.ofMinutes(1));
        return article;
    }

    /** Removes the article from the store, in its own transaction; true when there was one to remove. */
    public boolean delete(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Article.deleteById(id));
    }

    public Optional<Article> find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article> findByIdOptional(id));
    }

    /**
     * Claims up to {@code limit} articles due for a (re)projection, oldest first: each claim moves the article's
     * next attempt {@code lease} ahead, on the condition that nobody moved it since it was read, so that of several
     * processes sharing the store exactly one takes each article; one that dies with it gives it up when the lease
     * ends. Works the same on H2 and PostgreSQL (a conditional update, no row lock held).
     */
    public List<String> claimDueForProjection(int limit, Duration lease) {
        Instant now = Instant.now();
        List<Due> due = QuarkusTransaction.requiringNew().call(() -> Article.<Article> find(
                "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt", ArticleStatus.PENDING, now)
                .page(0, limit).project(Due.class).list());
        Instant until = now.plus(lease).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<String> claimed = new java.util.ArrayList<>();
        for (Due d : due) {
            int updated = QuarkusTransaction.requiringNew().call(() -> Article.update(
                    "nextAttemptAt = ?1 where id = ?2 and status = ?3 and nextAttemptAt = ?4", until, d.id(),
                    ArticleStatus.PENDING, d.nextAttemptAt()));
            if (updated == 1) {
                claimed.add(d.id());
            }
        }
        return claimed;
    }

    /** An article's id and when it is due, as read before a claim. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record Due(String id, Instant nextAttemptAt) {
    }

    /** Stored articles per status (every status listed, zero included). */
    public java.util.Map<ArticleStatus, Long> countByStatus() {
        return QuarkusTransaction.requiringNew().call(() -> {
            java.util.Map<ArticleStatus, Long> counts = new java.util.EnumMap<>(ArticleStatus.class);
            for (ArticleStatus status : ArticleStatus.values()) {
                counts.put(status, Article.count("status", status));
            }
            return counts;
        });
    }

    /** How many articles a reprocessing run covers: all, or those not yet extracted by {@code exceptVersion}. */
    public long countForReprocessing(String exceptVersion) {
        return QuarkusTransaction.requiringNew().call(() -> exceptVersion == null ? Article.count()
                : Article.count("extractorVersion is null or extractorVersion <> ?1", exceptVersion));
    }

    /** The next page of article ids for a reprocessing run, in id order after {@code afterId}. */
    public List<String> idsForReprocessing(String exceptVersion, String afterId, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> (exceptVersion == null
                ? Article.<Article> find("id > ?1 order by id", afterId)
                : Article.<Article> find("id > ?1 and (extractorVersion is null or extractorVersion <> ?2) order by id",
                        afterId, exceptVersion))
                .page(0, limit).project(IdOnly.class).list().stream().map(IdOnly::id).toList());
    }

    /** Only the id column, so paging through all articles does not load their texts. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record IdOnly(String id) {
    }

    /**
     * Marks the articles as in the graph, in one transaction; the ids of those the store still holds (and so
     * marked), without any deleted meanwhile.
     */
    public java.util.Set<String> markAllProjected(List<String> ids, String extractorVersion) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            int updated = Article.update(
                    "status = ?1, extractorVersion = ?2, projectedAt = ?3, lastError = null where id in ?4",
                    ArticleStatus.PROJECTED, extractorVersion, now, ids);
            if (updated == ids.size()) {
                return java.util.Set.copyOf(ids);
            }
            // some were deleted meanwhile: which are still here
            return Article.<Article> find("id in ?1", ids).project(IdOnly.class).list().stream().map(IdOnly::id)
                    .collect(java.util.stream.Collectors.toSet());
        });
    }

    /**
     * Gives claimed articles back before their lease ends, due again now: the claimer found it cannot project them
     * (its graph is down), and another instance may be able to.
     */
    public void releaseClaims(List<String> ids) {
        if (!ids.isEmpty()) {
            Instant now = Instant.now();
            QuarkusTransaction.requiringNew().run(() -> Article.update(
                    "nextAttemptAt = ?1 where id in ?2 and status = ?3", now, ids, ArticleStatus.PENDING));
        }
    }

    /** Records a failed projection and when to try again: backoff doubles up to ten minutes. */
    public void markProjectionFailed(String id, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            Article article = Article.findById(id);
            if (article == null) {
                return;
            }
            article.projectionAttempts++;
            long seconds = Math.min(600, 5L << Math.min(article.projectionAttempts - 1, 7));
            article.nextAttemptAt = Instant.now().plus(Duration.ofSeconds(seconds));
            article.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        });
    }

    private static boolean hasReadableText(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 3; i = text.offsetByCodePoints(i, 1)) {
            if (Character.isLetter(text.codePointAt(i))) {
                letters++;
            }
        }
        return letters >= 3;
    }

    private static String validUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        if (trimmed.length() > 2048) {
            throw new InvalidArticleException("url is longer than 2048 characters");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new InvalidArticleException("url must be an absolute http(s) URL: " + abbreviate(trimmed));
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new InvalidArticleException("url is not a valid URL: " + abbreviate(trimmed));
        }
    }

    private static String bounded(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidArticleException(field + " is longer than " + max + " characters");
        }
        return stripped;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
