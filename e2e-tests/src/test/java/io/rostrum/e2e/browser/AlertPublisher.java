package io.rostrum.e2e.browser;

import io.rostrum.events.AlertRaised;
import io.rostrum.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Raises an alert as analytics' detectors do (DetectionProcessor and DetectionTopology): on the deployment's alerts
 * topic, keyed by executive, as JSON with the catalogue's type token in the header the consumers resolve.
 */
final class AlertPublisher implements AutoCloseable {

    private static final String TYPE_HEADER = "__TypeId__";

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final JsonMapper json = JsonMapper.builder().build();

    AlertPublisher(String bootstrapServers, String topicPrefix) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
        this.topic = Topics.ALERTS.name(topicPrefix);
    }

    /** Publishes {@code alert} and returns once the broker has it. */
    void publish(AlertRaised alert) throws InterruptedException, ExecutionException {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, alert.executiveId(),
                json.writeValueAsBytes(alert));
        record.headers().add(TYPE_HEADER, Topics.ALERTS.typeToken().getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    @Override
    public void close() {
        producer.close();
    }
}
