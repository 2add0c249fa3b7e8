package io.rostrum.analytics.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends index and delete operations to Elasticsearch through one {@link BulkIngester} shared by every listener,
 * and answers each caller, per operation, with a future that completes once Elasticsearch has answered for good.
 * The ingester batches by count, size and time and blocks callers while the configured number of requests is in
 * flight, so a slow cluster slows the consumers down instead of filling memory.
 *
 * <p>Per operation: a version conflict means a newer observation already won and counts as done; 429 and 5xx are
 * sent again after a doubling back-off, and after the last retry the future fails; anything else is a refusal
 * the caller dead-letters. A bulk request that fails as a whole (Elasticsearch unreachable) fails the futures of
 * all its operations. Nothing completes silently.
 */
@Component
class DocumentIngester implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DocumentIngester.class);
    /** The reasons of {@code rostrum.analytics.bulk.failures}. */
    private static final String REFUSED = "refused";
    private static final String RETRIED = "retried";
    private static final String RETRIES_EXHAUSTED = "retries-exhausted";
    private static final String UNREACHABLE = "unreachable";
    private static final List<String> FAILURE_REASONS = List.of(REFUSED, RETRIED, RETRIES_EXHAUSTED, UNREACHABLE);

    private final IndexingProperties.Bulk settings;
    private final MeterRegistry meters;
    private final Timer bulkTimer;
    private final Map<Long, Timer.Sample> requestsInFlight = new ConcurrentHashMap<>();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulk-retries");
        thread.setDaemon(true);
        return thread;
    });
    private final BulkIngester<Pending> ingester;

    DocumentIngester(ElasticsearchClient elasticsearch, IndexingProperties properties, MeterRegistry meters) {
        this.settings = properties.bulk();
        this.meters = meters;
        this.bulkTimer = Timer.builder("rostrum.analytics.bulk").description("One bulk request to Elasticsearch")
                .publishPercentileHistogram().register(meters);
        // every reason counts from zero, so an alert rule can take the increase of each from the start
        FAILURE_REASONS.forEach(this::failures);
        this.ingester = BulkIngester.of(builder -> builder.client(elasticsearch)
                .maxOperations(settings.maxOperations())
                .maxSize(settings.maxSize().toBytes())
                .maxConcurrentRequests(settings.maxConcurrentRequests())
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .listener(new Outcomes()));
    }

    /** Upserts the document unless a newer version of it is indexed already. */
    CompletableFuture<WriteResult> index(DocumentMapping.Document document) {
        return submit(BulkOperation.of(operation -> operation.index(index -> index
                .index(document.address().index()).id(document.address().id())
                .version(document.version()).versionType(VersionType.ExternalGte)
                .document(document.source()))));
    }

    /** Deletes the document; one already gone counts as deleted. */
    CompletableFuture<WriteResult> delete(DocumentMapping.Address address) {
        return submit(BulkOperation.of(operation -> operation.delete(delete -> delete
                .index(address.index()).id(address.id()))));
    }

    /** Sends what is buffered now rather than at the next flush interval: a poll is waiting for it. */
    void flush() {
        ingester.flush();
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
        ingester.close();
    }

    private CompletableFuture<WriteResult> submit(BulkOperation operation) {
        CompletableFuture<WriteResult> result = new CompletableFuture<>();
        ingester.add(operation, new Pending(operation, result, 0));
        return result;
    }

    private void settle(Pending pending, BulkResponseItem item) {
        switch (ItemVerdict.of(item.status(), item.error() != null)) {
            case DONE -> pending.result().complete(WriteResult.DURABLE);
            case REFUSED -> {
                failures(REFUSED).increment();
                pending.result().complete(WriteResult.refused(describe(item)));
            }
            case RETRY -> retry(pending, item);
        }
    }

    private void retry(Pending pending, BulkResponseItem item) {
        if (pending.retries() >= settings.itemRetries()) {
            failures(RETRIES_EXHAUSTED).increment();
            pending.result().completeExceptionally(new RetryableIndexingException("Elasticsearch still answered "
                    + describe(item) + " after " + pending.retries() + " retries"));
            return;
        }
        failures(RETRIED).increment();
        long backOff = settings.firstItemRetry().toMillis() << pending.retries();
        retries.schedule(() -> resend(pending.retried()), backOff, TimeUnit.MILLISECONDS);
    }

    /** Runs on the retry thread: adding may block while requests are in flight, which must not hold up a listener. */
    private void resend(Pending pending) {
        try {
            ingester.add(pending.operation(), pending);
        } catch (RuntimeException e) {
            pending.result().completeExceptionally(e);
        }
    }

    private Counter failures(String reason) {
        return meters.counter("rostrum.analytics.bulk.failures", "reason", reason);
    }

    private static String describe(BulkResponseItem item) {
        ErrorCause error = item.error();
        String cause = error == null ? "no error" : error.type() + ": " + error.reason();
        return item.status() + " " + cause + " (index " + item.index() + ", id " + item.id() + ")";
    }

    /** An operation on its way, with the future its caller waits on. */
    private record Pending(BulkOperation operation, CompletableFuture<WriteResult> result, int retries) {

        Pending retried() {
            return new Pending(operation, result, retries + 1);
        }
    }

    private final class Outcomes implements BulkListener<Pending> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Pending> contexts) {
            requestsInFlight.put(executionId, Timer.start(meters));
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, BulkResponse response) {
            stopTimer(executionId);
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < contexts.size(); i++) {
                settle(contexts.get(i), items.get(i));
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Pending> contexts, Throwable failure) {
            stopTimer(executionId);
            log.warn("A bulk request of {} operations failed as a whole: {}", contexts.size(), failure.toString());
            failures(UNREACHABLE).increment(contexts.size());
            RetryableIndexingException unreachable = new RetryableIndexingException(
                    "Elasticsearch did not take a bulk request", failure);
            contexts.forEach(pending -> pending.result().completeExceptionally(unreachable));
        }

        private void stopTimer(long executionId) {
            Timer.Sample sample = requestsInFlight.remove(executionId);
            if (sample != null) {
                sample.stop(bulkTimer);
            }
        }
    }
}
