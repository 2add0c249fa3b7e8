package io.rostrum.analytics.index;

import io.rostrum.events.PostClassified;
import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Writes classified posts to, and reads dead letters from, the test's own topics on the local stack. */
final class TestTopics {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String prefix;

    TestTopics(String prefix) {
        this.prefix = prefix;
    }

    /** Sends the posts in order, each keyed by its executive, as classify-service would. */
    void send(List<PostClassified> posts) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (PostClassified post : posts) {
                producer.send(record(Topics.POSTS_CLASSIFIED, post.post().executiveId(),
                        JSON.writeValueAsBytes(post)));
            }
            producer.flush();
        }
    }

    /** The first dead letter of the classified-posts topic with this key, waiting up to {@code timeout}. */
    Optional<ConsumerRecord<String, byte[]>> deadLetter(String key, Duration timeout) {
        String topic = Topics.POSTS_CLASSIFIED.deadLetterName(prefix);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackExtension.stack().kafka().bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic,
                    info.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStackExtension.stack().kafka().bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer());
    }

    private ProducerRecord<String, byte[]> record(Topic<?, ?> topic, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(prefix), key, value);
        record.headers().add("__TypeId__", topic.typeToken().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
