package io.rostrum.analytics.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.ExecutiveRegistered;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the executives index equal to the latest registration of each executive: one document per executive id,
 * versioned by registration time, deleted by the executive's tombstone.
 */
@Component
class ExecutiveIndexer implements DocumentMapping<ExecutiveRegistered> {

    private final BatchIndexing indexing;
    private final IndexNames names;
    private final Counter indexed;

    ExecutiveIndexer(BatchIndexing indexing, IndexNames names, MeterRegistry meters) {
        this.indexing = indexing;
        this.names = names;
        this.indexed = meters.counter("rostrum.analytics.indexed", "index", "executives");
    }

    @KafkaListener(id = "executive-indexer", topics = "#{@analyticsTopics.executives}",
            groupId = "#{@analyticsTopics.group}")
    void onExecutives(List<ConsumerRecord<String, ExecutiveRegistered>> records) throws IOException {
        indexed.increment(indexing.index(records, this));
    }

    @Override
    public List<Document> documents(List<ExecutiveRegistered> values) {
        return values.stream().map(executive -> new Document(new Address(names.executives(), executive.executiveId()),
                executive.registeredAt().toEpochMilli(), executive)).toList();
    }

    @Override
    public List<Address> addressesOf(List<String> deletedKeys) {
        return deletedKeys.stream().map(key -> new Address(names.executives(), key)).toList();
    }
}
