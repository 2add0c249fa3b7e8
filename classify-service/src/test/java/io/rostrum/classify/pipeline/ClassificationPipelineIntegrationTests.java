package io.rostrum.classify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The listener on a real broker: a good post is classified in a transaction with its cues, a poison record is
 * dead-lettered with its error. */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest
class ClassificationPipelineIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("classify-it") + ".";
    private static final String BOOTSTRAP = LocalStackExtension.stack().kafka().bootstrapServers();

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> BOOTSTRAP);
        registry.add("rostrum.classify.topic-prefix", () -> PREFIX);
        registry.add("rostrum.classify.partitions", () -> 3);
    }

    @Test
    void classifiesAGoodPostAndDeadLettersAPoisonRecordWithItsOriginalBytes() throws Exception {
        PostObserved post = PostObserved.observe("ceo-it", Platform.BLUESKY, "3kgood", PostKind.EXECUTIVE_POST,
                new Author("did:plc:it", "ceo.it.example", "IT CEO", "CEO", 900, true), null, null,
                Instant.parse("2026-06-01T08:00:00Z"), "Our Q2 report is published: revenue up 6 percent.", "en",
                null, new MetricSnapshot(1, 2, 3, 0, Instant.parse("2026-06-01T09:00:00Z")));
        byte[] poison = "{\"postKey\": broken".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> good = new ProducerRecord<>(Topics.POSTS_RAW.name(PREFIX), "ceo-it",
                    JsonMapper.builder().build().writeValueAsBytes(post));
            good.headers().add("__TypeId__", "postObserved".getBytes(StandardCharsets.UTF_8));
            ProducerRecord<String, byte[]> bad = new ProducerRecord<>(Topics.POSTS_RAW.name(PREFIX), "ceo-it", poison);
            bad.headers().add("__TypeId__", "postObserved".getBytes(StandardCharsets.UTF_8));
            producer.send(good).get();
            producer.send(bad).get();
        }

        List<ConsumerRecord<String, byte[]>> classified = readAll(Topics.POSTS_CLASSIFIED.name(PREFIX), 1);
        List<ConsumerRecord<String, byte[]>> deadLetters = readAll(Topics.POSTS_RAW.deadLetterName(PREFIX), 1);

        assertThat(new String(classified.get(0).value(), StandardCharsets.UTF_8))
                .contains("\"postKey\":\"bluesky:3kgood\"", "\"approaches\":[\"informing\"", "\"cues\":[{",
                        "\"classifier\":\"maxent-");
        assertThat(deadLetters.get(0).value()).isEqualTo(poison);
        assertThat(deadLetters.get(0).headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
        assertThat(new String(deadLetters.get(0).headers().lastHeader("kafka_dlt-exception-message").value(),
                StandardCharsets.UTF_8)).as("the error travels with the record").isNotBlank();
        assertThat(meters.counter("rostrum.dead.letters", "topic", Topics.POSTS_RAW.name(PREFIX)).count())
                .isEqualTo(1.0);
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic, int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ConsumerConfig.GROUP_ID_CONFIG, LocalStackExtension.uniqueName("reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Set.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        assertThat(records).hasSize(expected);
        return records;
    }
}
