package io.rostrum.ingest.polling;

import io.rostrum.events.Topics;
import io.rostrum.ingest.config.IngestProperties;
import io.rostrum.ingest.connector.AccountCursor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every account's cursor, kept in the compacted {@code engagement.ingest.cursors.v1} topic so that a restart, or
 * another instance taking over an executive, continues where the last round stopped. Before polling an account it
 * has just taken over, the poller has the store catch up with the topic's end: the previous owner's last save is
 * then in hand. Each save is acknowledged by the broker before the poller moves on.
 */
@Component
class CursorStore implements AutoCloseable {

    private static final Duration CATCH_UP_POLL = Duration.ofMillis(200);

    private final Map<String, AccountCursor> cursors = new ConcurrentHashMap<>();
    private final KafkaTemplate<String, Object> kafka;
    private final JsonMapper json;
    private final KafkaProperties kafkaProperties;
    private final String topic;
    private @Nullable Consumer<String, byte[]> reader;

    CursorStore(KafkaTemplate<String, Object> kafka, JsonMapper json, IngestProperties properties,
                KafkaProperties kafkaProperties) {
        this.kafka = kafka;
        this.json = json;
        this.kafkaProperties = kafkaProperties;
        this.topic = Topics.INGEST_CURSORS.name(properties.topicPrefix());
    }

    AccountCursor cursor(String accountKey) {
        return cursors.getOrDefault(accountKey, AccountCursor.start());
    }

    CompletableFuture<?> save(String accountKey, AccountCursor cursor) {
        cursors.put(accountKey, cursor);
        return kafka.send(topic, accountKey, json.writeValueAsBytes(cursor));
    }

    /** Reads the topic up to its current end; the latest cursor per account wins. */
    synchronized void catchUp() {
        Consumer<String, byte[]> consumer = reader();
        if (consumer.assignment().isEmpty()) {
            return;
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        while (end.entrySet().stream().anyMatch(partition -> consumer.position(partition.getKey()) < partition.getValue())) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(CATCH_UP_POLL)) {
                if (record.value() == null) {
                    cursors.remove(record.key());
                } else {
                    cursors.put(record.key(), json.readValue(record.value(), AccountCursor.class));
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        if (reader != null) {
            reader.close();
        }
    }

    private Consumer<String, byte[]> reader() {
        if (reader == null || reader.assignment().isEmpty()) {
            if (reader == null) {
                Map<String, Object> config = kafkaProperties.buildConsumerProperties();
                config.remove("group.id");
                reader = new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(),
                        new ByteArrayDeserializer()).createConsumer();
            }
            List<PartitionInfo> partitions = reader.partitionsFor(topic);
            List<TopicPartition> assigned = new ArrayList<>();
            if (partitions != null) {
                partitions.forEach(info -> assigned.add(new TopicPartition(topic, info.partition())));
            }
            reader.assign(assigned);
            reader.seekToBeginning(assigned);
        }
        return reader;
    }
}
