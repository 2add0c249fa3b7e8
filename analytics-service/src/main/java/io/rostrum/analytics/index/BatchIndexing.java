package io.rostrum.analytics.index;

import io.rostrum.support.kafka.DeadLetters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/**
 * What both indexing listeners do with a poll: unreadable records and documents Elasticsearch refuses for good go
 * to the dead-letter topic; tombstones delete their document; everything else is written in one acknowledged bulk
 * request.
 */
@Component
class BatchIndexing {

    private final BulkWriter writer;
    private final DeadLetters deadLetters;

    BatchIndexing(BulkWriter writer, DeadLetters deadLetters) {
        this.writer = writer;
        this.deadLetters = deadLetters;
    }

    /** @return how many documents were written */
    <V> int index(String index, List<ConsumerRecord<String, V>> records, Function<V, Document> toDocument)
            throws IOException {
        List<BulkWriter.Write<ConsumerRecord<String, V>>> writes = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        for (ConsumerRecord<String, V> record : records) {
            if (DeadLetters.isTombstone(record)) {
                deletions.add(record.key());
                continue;
            }
            if (record.value() == null) {
                deadLetters.send(record, DeadLetters.unreadable(record));
                continue;
            }
            Document document = toDocument.apply(record.value());
            writes.add(new BulkWriter.Write<>(record, document.id(), document.version(), document.source()));
        }
        List<BulkWriter.Refusal<ConsumerRecord<String, V>>> refusals = writer.write(index, writes);
        writer.delete(index, deletions);
        refusals.forEach(refusal -> deadLetters.send(refusal.source(), new IllegalArgumentException(refusal.reason())));
        return writes.size() - refusals.size();
    }

    /** A document with the id and version that make its write idempotent. */
    record Document(String id, long version, Object source) {
    }
}
