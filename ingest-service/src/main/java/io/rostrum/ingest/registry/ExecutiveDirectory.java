package io.rostrum.ingest.registry;

import io.rostrum.events.ExecutiveRegistered;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every instance's view of the registry: the compacted executives topic read from its start,
 * latest registration per executive, a tombstone removing one. The topic is the truth; this is a cache of it.
 */
@Component
public class ExecutiveDirectory {

    private final Map<String, ExecutiveRegistered> executives = new ConcurrentHashMap<>();

    /** A consumer group of this instance alone, starting from the earliest record: every instance sees all. */
    @KafkaListener(id = "executive-directory", groupId = "#{@ingestTopics.directoryGroup}",
            topics = "#{@ingestTopics.executives}", properties = "auto.offset.reset=earliest")
    void onExecutive(ConsumerRecord<String, ExecutiveRegistered> record) {
        if (record.value() == null) {
            executives.remove(record.key());
        } else {
            apply(record.value());
        }
    }

    /** Takes a registration this instance has just published, so its own reads see it at once. */
    void apply(ExecutiveRegistered executive) {
        executives.merge(executive.executiveId(), executive,
                (known, incoming) -> incoming.registeredAt().isBefore(known.registeredAt()) ? known : incoming);
    }

    void remove(String executiveId) {
        executives.remove(executiveId);
    }

    public Optional<ExecutiveRegistered> find(String executiveId) {
        return Optional.ofNullable(executives.get(executiveId));
    }

    public List<ExecutiveRegistered> all() {
        return executives.values().stream().sorted(Comparator.comparing(ExecutiveRegistered::executiveId)).toList();
    }
}
