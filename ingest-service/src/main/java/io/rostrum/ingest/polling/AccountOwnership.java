package io.rostrum.ingest.polling;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.ingest.connector.WatchedAccount;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;
import org.springframework.stereotype.Component;

/**
 * Which executives this instance polls. All instances consume the executives topic as one consumer group, so
 * each partition, and each executive keyed to it, belongs to exactly one instance; a rebalance (an instance
 * stopped or started) is the failover. On every assignment the partitions are re-read from the start, since the
 * compacted topic is the whole registry.
 */
@Component
class AccountOwnership extends AbstractConsumerSeekAware {

    private final Map<String, Owned> owned = new ConcurrentHashMap<>();

    @KafkaListener(id = "account-ownership", groupId = "#{@ingestTopics.pollerGroup}",
            topics = "#{@ingestTopics.executives}", autoStartup = "${rostrum.ingest.polling.enabled:true}")
    void onExecutive(ConsumerRecord<String, ExecutiveRegistered> record) {
        if (record.value() == null) {
            owned.remove(record.key());
        } else {
            owned.put(record.key(), new Owned(record.partition(), record.value()));
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        callback.seekToBeginning(assignments.keySet());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        super.onPartitionsRevoked(partitions);
        partitions.forEach(partition -> owned.values().removeIf(entry -> entry.partition() == partition.partition()));
    }

    /** The accounts of every executive this instance owns right now. */
    List<WatchedAccount> accounts() {
        return owned.values().stream().flatMap(entry -> entry.executive().accounts().stream()
                .map(account -> new WatchedAccount(entry.executive().executiveId(), account.platform(),
                        account.handle(), account.url()))).toList();
    }

    private record Owned(int partition, ExecutiveRegistered executive) {
    }
}
