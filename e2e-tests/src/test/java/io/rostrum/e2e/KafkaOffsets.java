package io.rostrum.e2e;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** What the broker says about a topic's offsets and a group's progress through it, read with an {@link Admin}. */
public final class KafkaOffsets {

    private KafkaOffsets() {
    }

    /** Whether the group's committed offsets (those of committed transactions) reach the end of every partition. */
    public static boolean caughtUp(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(admin, topic, IsolationLevel.READ_UNCOMMITTED);
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0 || (offsets.get(end.getKey()) != null
                && offsets.get(end.getKey()).offset() >= end.getValue()));
    }

    /** Whether no transaction is open on the topic: its last stable offsets are its high watermarks. */
    public static boolean settled(Admin admin, String topic) throws Exception {
        return endOffsets(admin, topic, IsolationLevel.READ_COMMITTED)
                .equals(endOffsets(admin, topic, IsolationLevel.READ_UNCOMMITTED));
    }

    /** Records in a topic written without transactions, where offsets and records correspond one to one. */
    public static long recordsIn(Admin admin, String topic) throws Exception {
        return endOffsets(admin, topic, IsolationLevel.READ_UNCOMMITTED).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    public static Map<TopicPartition, Long> endOffsets(Admin admin, String topic, IsolationLevel isolation)
            throws Exception {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < partitions; partition++) {
            latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
        }
        return admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
