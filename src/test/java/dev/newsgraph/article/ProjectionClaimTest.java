package dev.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Pending articles are claimed before they are projected, so that of several claimers sharing the store (two
 * instances, or the retry job and another) each article goes to exactly one: here, four claimers at once on the
 * real database.
 */
@QuarkusTest
class ProjectionClaimTest {

    @Inject
    ArticleStore store;

    @Test
    void claimersAtTheSameTimeNeverTakeTheSameArticle() throws Exception {
        Instant due = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MICROS);
        Set<String> ours = new HashSet<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 40; i++) {
                Article a = new Article();
                a.id = UUID.randomUUID().toString();
                a.text = "Claim test article " + i + ".";
                a.contentHash = UUID.randomUUID().toString().replace("-", "");
                a.status = ArticleStatus.PENDING;
                a.ingestedAt = due;
                a.nextAttemptAt = due.minusSeconds(1000 - i); // older than anything else due, so claimed first
                a.persist();
                ours.add(a.id);
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> claims = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                claims.add(pool.submit((Callable<List<String>>) () -> store.claimDueForProjection(40, Duration.ofMinutes(5))));
            }
            Set<String> claimed = new HashSet<>();
            int total = 0;
            for (Future<List<String>> f : claims) {
                List<String> mine = f.get();
                total += mine.size();
                claimed.addAll(mine);
            }
            assertEquals(claimed.size(), total, "no article was claimed twice");
            // every one of ours was taken: by these claimers, or by the retry job that runs beside them
            long left = QuarkusTransaction.requiringNew().call(() -> Article.count(
                    "id in ?1 and status = ?2 and nextAttemptAt <= ?3", ours, ArticleStatus.PENDING, Instant.now()));
            assertEquals(0, left, "articles left due after the claims");
            Set<String> again = new HashSet<>(store.claimDueForProjection(100, Duration.ofMinutes(5)));
            again.retainAll(claimed);
            assertTrue(again.isEmpty(), "a claimed article is not due again before its lease ends: " + again);
            // a claimer that cannot project gives its claims back: due again at once, for anyone
            List<String> givenBack = new ArrayList<>(claimed);
            givenBack.retainAll(ours);
            java.util.Map<String, Instant> leases = nextAttempts(givenBack);
            store.releaseClaims(givenBack);
            Instant released = Instant.now();
            // due again now, unless the retry job running beside already took one again (a later lease)
            nextAttempts(givenBack).forEach((id, next) -> assertTrue(!next.isAfter(released) || next.isAfter(leases.get(id)),
                    "released claim " + id + " due at " + next));
        } finally {
            pool.shutdownNow();
        }
    }

    private static java.util.Map<String, Instant> nextAttempts(List<String> ids) {
        return QuarkusTransaction.requiringNew().call(() -> Article.<Article> find("id in ?1", ids).list().stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.id, a -> a.nextAttemptAt)));
    }
}
