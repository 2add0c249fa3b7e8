package io.rostrum.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rostrum.infra.junit.LocalStackExtension;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Consumer lag read from a real broker: committed offsets against log ends, per group and topic. */
@ExtendWith(LocalStackExtension.class)
class ConsumerLagIntegrationTests {

    private final Map<String, Object> kafka = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            LocalStackExtension.stack().kafka().bootstrapServers());

    @Test
    void reportsHowFarEachGroupIsBehindOnEachTopicSummedOverPartitions() throws Exception {
        String topic = LocalStackExtension.uniqueName("lag");
        String group = LocalStackExtension.uniqueName("lag-group");
        String idle = LocalStackExtension.uniqueName("never-committed");
        try (Admin admin = Admin.create(kafka)) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
            publish(topic, 0, 4);
            publish(topic, 1, 3);
            // the group read 1 record of partition 0 and all of partition 1: 3 + 0 behind
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(1),
                    new TopicPartition(topic, 1), new OffsetAndMetadata(3))).all().get();
        }
        MeterRegistry meters = new SimpleMeterRegistry();
        ConsumerLag lag = new ConsumerLag(() -> Admin.create(kafka), () -> List.of(group, idle), meters);
        lag.start();
        try {
            lag.measure();

            assertThat(meters.get(ConsumerLag.METER).tag("group", group).tag("topic", topic).gauge().value())
                    .isEqualTo(3.0);
            assertThat(meters.find(ConsumerLag.METER).tag("group", idle).gauges())
                    .as("a group that never committed has no lag to report").isEmpty();
        } finally {
            lag.stop();
        }
    }

    private void publish(String topic, int partition, int records) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)),
                new StringSerializer(), new StringSerializer())) {
            for (int index = 0; index < records; index++) {
                producer.send(new ProducerRecord<>(topic, partition, "key", "value " + index)).get();
            }
        }
    }
}
