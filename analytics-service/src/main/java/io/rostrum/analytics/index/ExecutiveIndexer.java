package io.rostrum.analytics.index;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.support.kafka.DeadLetters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the executives index equal to the latest registration of each executive. */
@Component
class ExecutiveIndexer {

    private final BulkWriter writer;
    private final IndexNames names;
    private final DeadLetters deadLetters;

    ExecutiveIndexer(BulkWriter writer, IndexNames names, DeadLetters deadLetters) {
        this.writer = writer;
        this.names = names;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "executive-indexer", topics = "#{@analyticsTopics.executives}",
            groupId = "#{@analyticsTopics.group}")
    void onExecutives(List<ConsumerRecord<String, ExecutiveRegistered>> records) throws IOException {
        List<BulkWriter.Write<ConsumerRecord<String, ExecutiveRegistered>>> writes = new ArrayList<>();
        for (ConsumerRecord<String, ExecutiveRegistered> record : records) {
            ExecutiveRegistered executive = record.value();
            if (executive == null) {
                deadLetters.send(record, DeadLetters.unreadable(record));
                continue;
            }
            writes.add(new BulkWriter.Write<>(record, executive.executiveId(),
                    executive.registeredAt().toEpochMilli(), executive));
        }
        writer.write(names.executives(), writes)
                .forEach(refusal -> deadLetters.send(refusal.source(), new IllegalArgumentException(refusal.reason())));
    }
}
