package dev.newsgraph.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.newsgraph.article.InvalidArticleException;
import dev.newsgraph.article.NewArticle;
import dev.newsgraph.ingest.ArticleIngestion;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Articles from a Kafka topic (off unless newsgraph.stream.enabled): each polled batch is stored and projected
 * as one ingestArticles call, records that cannot be stored go to the dead-letter topic with the reason, and only
 * then is the batch acknowledged, so that its offsets are committed after the articles are stored. A record
 * delivered again after a crash is found in the store as the same article: stored once.
 */
@ApplicationScoped
public class ArticleStream {

    private static final Logger LOG = Logger.getLogger(ArticleStream.class);
    /** Longest wait between two attempts to store a batch while the article store is unreachable. */
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Inject
    ArticleIngestion ingestion;

    @Inject
    RefusedArticles refusedArticles;

    @Inject
    MeterRegistry metrics;

    /** One record of a batch: the article it carries, or why it cannot be one. */
    private record Read(KafkaRecord<String, String> record, NewArticle article, String refused) {
    }

    // One batch at a time: batches processed side by side (ordered = false) fought over the two cores and
    // halved the rate (104 -> 75 articles/s for 10,000 articles); a batch already extracts on every core.
    @Incoming("articles")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        List<Read> reads = new ArrayList<>();
        List<NewArticle> articles = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                NewArticle article = StreamedArticles.read(record.getPayload());
                reads.add(new Read(record, article, null));
                articles.add(article);
            } catch (InvalidArticleException e) {
                reads.add(new Read(record, null, e.getMessage()));
            }
        }
        List<ArticleIngestion.BatchItem> items = storeUntilDone(articles);
        List<CompletableFuture<Void>> refusals = new ArrayList<>();
        int next = 0;
        int created = 0;
        int duplicates = 0;
        for (Read read : reads) {
            String reason = read.refused();
            if (reason == null) {
                ArticleIngestion.BatchItem item = items.get(next++);
                reason = item.refused();
                if (reason == null) {
                    created += item.ingested().created() ? 1 : 0;
                    duplicates += item.ingested().created() ? 0 : 1;
                    continue;
                }
            }
            LOG.infof("Stream record %s-%d@%d refused: %s", read.record().getTopic(), read.record().getPartition(),
                    RefusedArticles.offset(read.record()), reason);
            refusals.add(refusedArticles.send(read.record(), reason));
        }
        // the offsets move on only when every refused record is safe on the dead-letter topic
        CompletableFuture.allOf(refusals.toArray(CompletableFuture[]::new)).join();
        count("stored", created);
        count("duplicate", duplicates);
        count("refused", refusals.size());
        return batch.ack();
    }

    /**
     * Stores the batch, waiting out an unreachable article store (nothing is acknowledged meanwhile, so nothing is
     * lost): records are only refused for what they hold, never for the service's own trouble.
     */
    private List<ArticleIngestion.BatchItem> storeUntilDone(List<NewArticle> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Duration wait = Duration.ofSeconds(1);
        while (true) {
            try {
                return ingestion.ingestAll(articles);
            } catch (RuntimeException e) {
                LOG.warnf("Could not store %d streamed articles (%s); trying again in %d s", articles.size(),
                        e.toString(), wait.toSeconds());
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting for the article store", e);
        }
    }

    private void count(String outcome, int n) {
        if (n > 0) {
            metrics.counter("newsgraph.stream.articles", "outcome", outcome).increment(n);
        }
    }
}
