package io.rostrum.analytics.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.analytics.AnalyticsTestStack;
import io.rostrum.events.AlertRaised;
import io.rostrum.events.AlertType;
import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.Classification;
import io.rostrum.events.Direction;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Purpose;
import io.rostrum.events.Reciprocity;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The detection topology on a real broker: four executives whose histories each carry one pattern, written to the
 * classified topic with a re-observation and a poison record among them; exactly one alert of the right type comes
 * out for each, read committed. Every history runs to the same last day, so that measured against the stream's
 * own time (the clock the test uses) nobody but the planted one has been silent, whenever the punctuator runs.
 */
@ExtendWith(LocalStackExtension.class)
// closed after the class, while the stack is still up: its consumers and streams stop cleanly
@DirtiesContext
@SpringBootTest
class DetectionTopologyIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("detect-it") + ".";
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration DAY = Duration.ofDays(1);
    private static final int LAST_DAY = 51;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<PostClassified> history = new ArrayList<>();

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        AnalyticsTestStack.register(registry, PREFIX, 3);
        registry.add("rostrum.analytics.detectors.clock", () -> "stream");
        // the punctuator runs many times while the records arrive, so it is part of what is tested
        registry.add("rostrum.analytics.detectors.check-every", () -> "1s");
    }

    @Test
    void eachPlantedPatternRaisesExactlyItsAlert() throws Exception {
        shiftingExecutive();
        spikedExecutive();
        souringExecutive();
        silentExecutive();
        history.sort((a, b) -> a.post().createdAt().compareTo(b.post().createdAt()));

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackExtension.stack().kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            String topic = Topics.POSTS_CLASSIFIED.name(PREFIX);
            for (PostClassified post : history) {
                producer.send(classified(topic, post));
            }
            producer.send(classified(topic, history.get(history.size() / 2)));
            producer.send(new ProducerRecord<>(topic, "shift-it", "{ not an event".getBytes(StandardCharsets.UTF_8)));
            producer.flush();
        }

        Map<String, AlertRaised> alerts = new HashMap<>();
        List<String> typeHeaders = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackExtension.stack().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, PREFIX + "alerts-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ALERTS.name(PREFIX)));
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    AlertRaised alert = json.readValue(record.value(), AlertRaised.class);
                    assertThat(alerts.put(alert.alertId(), alert)).as("each alert exactly once").isNull();
                    typeHeaders.add(new String(record.headers().lastHeader("__TypeId__").value(), StandardCharsets.UTF_8));
                }
                return alerts.size() >= 4;
            });
            consumer.poll(Duration.ofSeconds(3)).forEach(record -> alerts.put("late " + record.offset(), null));
        }

        assertThat(alerts.values()).extracting(alert -> alert.executiveId() + " " + alert.type().id())
                .containsExactlyInAnyOrder("shift-it approach-shift", "spike-it response-spike",
                        "sour-it sentiment-drop", "quiet-it silence");
        assertThat(typeHeaders).containsOnly(Topics.ALERTS.typeToken());
        AlertRaised silence = alerts.values().stream().filter(alert -> alert.type() == AlertType.SILENCE).findFirst()
                .orElseThrow();
        assertThat(silence.raisedAt()).isEqualTo(START.plus(DAY.multipliedBy(14)).plus(Duration.ofDays(7)));
    }

    /** As classify-service writes it, with its type token, so the indexer reading the same topic takes it too. */
    private ProducerRecord<String, byte[]> classified(String topic, PostClassified post) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, post.post().executiveId(),
                json.writeValueAsBytes(post));
        record.headers().add("__TypeId__", Topics.POSTS_CLASSIFIED.typeToken().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** 40 informing posts a day apart, then obfuscating ones. */
    private void shiftingExecutive() {
        for (int day = 0; day <= LAST_DAY; day++) {
            post("shift-it", "s" + day, START.plus(DAY.multipliedBy(day)), day < 40 ? Approach.INFORMING
                    : Approach.OBFUSCATING);
        }
    }

    /** Daily posts drawing 10 friendly replies each in their first hours, except day 20's, which draws 120. */
    private void spikedExecutive() {
        for (int day = 0; day <= LAST_DAY; day++) {
            Instant at = START.plus(DAY.multipliedBy(day));
            String post = post("spike-it", "p" + day, at, Approach.CELEBRATING);
            int replies = day == 20 ? 120 : 10;
            for (int reply = 0; reply < replies; reply++) {
                reply("spike-it", post, "p" + day + "r" + reply, at.plusSeconds(60L * (reply + 1)), 0.5);
            }
        }
    }

    /** One post a day; 200 friendly replies, then 40 hostile ones. */
    private void souringExecutive() {
        for (int day = 0; day <= LAST_DAY; day++) {
            post("sour-it", "q" + day, START.plus(DAY.multipliedBy(day)), Approach.DIALOGUING);
        }
        for (int reply = 0; reply < 240; reply++) {
            reply("sour-it", "mastodon:q" + (reply / 10), "q" + reply + "x", START.plus(DAY.multipliedBy(reply / 10))
                    .plusSeconds(60L * (reply % 10 + 1)), reply < 200 ? 0.6 : -0.7);
        }
    }

    /** Fifteen daily posts, nothing for three weeks, then daily posts again. */
    private void silentExecutive() {
        for (int day = 0; day <= LAST_DAY; day++) {
            if (day < 15 || day >= 35) {
                post("quiet-it", "z" + day, START.plus(DAY.multipliedBy(day)), Approach.INFORMING);
            }
        }
    }

    private String post(String executiveId, String nativeId, Instant at, Approach approach) {
        PostObserved post = PostObserved.observe(executiveId, Platform.MASTODON, nativeId, PostKind.EXECUTIVE_POST,
                new Author(executiveId, executiveId + "@t.example", executiveId, "Chief executive", 5_000, true),
                null, null, at, "A post.", "en", null, new MetricSnapshot(0, 0, 0, 0, at));
        Map<String, Double> probabilities = new HashMap<>();
        for (Approach each : Approach.values()) {
            probabilities.put(each.id(), each == approach ? 0.85 : 0.03);
        }
        history.add(PostClassified.of(post, new Classification(List.of(approach), probabilities,
                Purpose.INFORMATION_PROCESSING, Reciprocity.NON_RECIPROCAL, Direction.CONVERGENCE, "test", List.of()),
                null, at));
        return post.postKey();
    }

    private void reply(String executiveId, String postKey, String nativeId, Instant at, double sentiment) {
        PostObserved reply = PostObserved.observe(executiveId, Platform.MASTODON, nativeId, PostKind.STAKEHOLDER_REPLY,
                new Author("a" + nativeId, "someone@t.example", "Someone", "Investor", 100, false), postKey, postKey,
                at, "A reply.", "en", null, new MetricSnapshot(0, 0, 0, 0, at));
        Map<String, Double> probabilities = new HashMap<>();
        for (Approach each : Approach.values()) {
            probabilities.put(each.id(), 1.0 / 6);
        }
        history.add(PostClassified.of(reply, new Classification(List.of(Approach.DIALOGUING), probabilities,
                Purpose.INFORMATION_PROCESSING, Reciprocity.NON_RECIPROCAL, Direction.CONVERGENCE, "test", List.of()),
                new ReplyScore(sentiment, null, StakeholderGroup.INVESTORS, null, List.of()), at));
    }
}
