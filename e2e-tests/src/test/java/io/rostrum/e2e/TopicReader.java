package io.rostrum.e2e;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from its beginning, all partitions, without a consumer group, keeping every record it has
 * seen. Counting by reading: with transactions, offsets also number commit markers and aborted records.
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();

    public TopicReader(String bootstrap, String topic, String isolationLevel) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads one poll's worth and returns how many records have been seen in all. */
    public int readSome() {
        poll();
        return records.size();
    }

    /**
     * Reads on and tells whether the end is reached: the high watermark, or for a read-committed reader the
     * last stable offset, which stays behind any transaction still open.
     */
    public boolean readToEnd() {
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        while (poll() > 0 && !reached(ends)) {
            // on until the ends seen above, or until a poll brings nothing
        }
        return reached(ends);
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    public List<ConsumerRecord<String, byte[]>> records() {
        return records;
    }

    private int poll() {
        int before = records.size();
        consumer.poll(POLL).forEach(records::add);
        return records.size() - before;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
