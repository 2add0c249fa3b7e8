package io.rostrum.bench;

import io.rostrum.events.PostObserved;
import io.rostrum.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes observations to the raw topic the way ingest-service does: keyed by executive, JSON with the type
 * token header, and ingest's producer settings (idempotent, lz4, 128 KB batches, 20 ms linger).
 */
final class RawTopicPublisher implements AutoCloseable {

    private static final byte[] TYPE_TOKEN = Topics.POSTS_RAW.typeToken().getBytes(StandardCharsets.UTF_8);

    private final String topic;
    private final KafkaProducer<String, byte[]> producer;
    private final JsonMapper json = JsonMapper.builder().build();

    RawTopicPublisher(String bootstrap, String namespace) {
        this.topic = Topics.POSTS_RAW.name(namespace);
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4", ProducerConfig.BATCH_SIZE_CONFIG, 131_072,
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new ByteArraySerializer());
    }

    void publish(PostObserved post) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, post.executiveId(),
                json.writeValueAsBytes(post));
        record.headers().add("__TypeId__", TYPE_TOKEN);
        producer.send(record, (metadata, failure) -> {
            if (failure != null) {
                System.err.println("bench: a post was not published: " + failure);
            }
        });
    }

    void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
