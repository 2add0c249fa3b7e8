package io.rostrum.analytics.index;

import io.rostrum.events.ExecutiveRegistered;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the executives index equal to the latest registration of each executive. */
@Component
class ExecutiveIndexer {

    private final BatchIndexing indexing;
    private final IndexNames names;

    ExecutiveIndexer(BatchIndexing indexing, IndexNames names) {
        this.indexing = indexing;
        this.names = names;
    }

    @KafkaListener(id = "executive-indexer", topics = "#{@analyticsTopics.executives}",
            groupId = "#{@analyticsTopics.group}")
    void onExecutives(List<ConsumerRecord<String, ExecutiveRegistered>> records) throws IOException {
        indexing.index(names.executives(), records, executive -> new BatchIndexing.Document(executive.executiveId(),
                executive.registeredAt().toEpochMilli(), executive));
    }
}
