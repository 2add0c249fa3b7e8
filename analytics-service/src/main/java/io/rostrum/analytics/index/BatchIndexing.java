package io.rostrum.analytics.index;

import io.rostrum.support.kafka.DeadLetters;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * What both indexing listeners do with a poll: documents and deletions go to the ingester, and the poll returns,
 * letting its offsets be committed, only once every one of them is durable. Unreadable records and documents
 * Elasticsearch refuses for good are dead-lettered after that, so a poll that fails and is retried dead-letters
 * nothing twice. A poll that Elasticsearch cannot take (unreachable, or still overloaded after the retries) fails
 * as a whole and is retried by the Kafka error handler.
 */
@Component
class BatchIndexing {

    private final DocumentIngester ingester;
    private final DeadLetters deadLetters;
    private final IndexTemplates templates;
    private final Duration acknowledgementTimeout;

    BatchIndexing(DocumentIngester ingester, DeadLetters deadLetters, IndexTemplates templates,
                  IndexingProperties properties) {
        this.ingester = ingester;
        this.deadLetters = deadLetters;
        this.templates = templates;
        this.acknowledgementTimeout = properties.bulk().acknowledgementTimeout();
    }

    /** @return how many documents were written */
    <V> int index(List<ConsumerRecord<String, V>> records, DocumentMapping<V> mapping) throws IOException {
        templates.ensureInstalled();
        List<ConsumerRecord<String, V>> readable = new ArrayList<>();
        List<ConsumerRecord<String, V>> unreadable = new ArrayList<>();
        List<String> deletedKeys = new ArrayList<>();
        for (ConsumerRecord<String, V> record : records) {
            if (DeadLetters.isTombstone(record)) {
                deletedKeys.add(record.key());
            } else if (record.value() == null) {
                unreadable.add(record);
            } else {
                readable.add(record);
            }
        }
        List<CompletableFuture<WriteResult>> writes = new ArrayList<>();
        for (DocumentMapping.Document document : mapping.documents(readable.stream().map(ConsumerRecord::value)
                .toList())) {
            writes.add(ingester.index(document));
        }
        List<CompletableFuture<WriteResult>> deletions = new ArrayList<>();
        if (!deletedKeys.isEmpty()) {
            mapping.addressesOf(deletedKeys).forEach(address -> deletions.add(ingester.delete(address)));
        }
        ingester.flush();
        awaitDurable(writes, deletions);

        unreadable.forEach(record -> deadLetters.send(record, DeadLetters.unreadable(record)));
        int written = 0;
        for (int i = 0; i < writes.size(); i++) {
            String refusal = writes.get(i).join().refusal();
            if (refusal == null) {
                written++;
            } else {
                deadLetters.send(readable.get(i), new DocumentRefusedException("Elasticsearch refused the document: "
                        + refusal));
            }
        }
        return written;
    }

    private void awaitDurable(List<CompletableFuture<WriteResult>> writes,
                              List<CompletableFuture<WriteResult>> deletions) {
        List<CompletableFuture<WriteResult>> all = new ArrayList<>(writes);
        all.addAll(deletions);
        try {
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                    .get(acknowledgementTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RetryableIndexingException retryable) {
                throw retryable;
            }
            throw new RetryableIndexingException("indexing a poll failed", e.getCause());
        } catch (TimeoutException e) {
            throw new RetryableIndexingException("Elasticsearch did not acknowledge a poll of " + all.size()
                    + " operations within " + acknowledgementTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryableIndexingException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
