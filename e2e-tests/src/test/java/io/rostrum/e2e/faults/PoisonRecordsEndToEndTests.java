package io.rostrum.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.e2e.PlatformClient;
import io.rostrum.e2e.TestDeployments;
import io.rostrum.e2e.TopicReader;
import io.rostrum.events.TextLimits;
import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.StackLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A poison record (truncated JSON carrying a valid type header) on every topic a service consumes, an oversized
 * post on the raw topic (a million characters of text, forty times the contract's limit and near Kafka's 1 MiB
 * record limit) and a post exactly at the limit, ahead of the first 500 demo posts: each poison record is
 * dead-lettered exactly once, by the one consumer that owns the topic (the detectors, reading the classified topic
 * too, skip it), the oversized post is dead-lettered once by classify with its bytes unchanged, the post at the
 * limit is searchable once like any other, and the posts behind them are all searchable. The posts go straight to
 * the raw topic, as ingest would publish them, so the case needs neither ingest nor the whole dataset.
 */
@ExtendWith(LocalStackExtension.class)
class PoisonRecordsEndToEndTests {

    private static final int POSTS = 500;
    private static final byte[] POISON = "{\"schemaVersion\":1,\"eventId\":".getBytes(StandardCharsets.UTF_8);
    /** Far over the contract's {@link TextLimits#POST_TEXT}, yet under the producer's and broker's 1 MiB a record. */
    private static final int OVERSIZED_TEXT = 1_000_000;
    private static final String TYPE_HEADER = "__TypeId__";
    private static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";

    private final PlatformClient client = new PlatformClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyPoisonAndOversizedRecordIsDeadLetteredOnceAndTheStreamGoesOn(TestStack stack, @TempDir Path state)
            throws Exception {
        List<ObjectNode> posts = demoPosts();
        String executive = posts.get(0).get("executiveId").asString();
        String bootstrap = stack.kafka().bootstrapServers();
        FaultReport report = new FaultReport("poison-and-oversized", "a truncated-JSON record on each of the raw, "
                + "classified, executives and alerts topics, a raw post of " + OVERSIZED_TEXT + " characters and one "
                + "of " + TextLimits.POST_TEXT + ", ahead of " + POSTS + " demo posts");
        try (Deployment deployment = TestDeployments.create(stack, "e2e-poison", state, Map.of(), false);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            String prefix = deployment.settings().namespace();
            Pipeline pipeline = new Pipeline(deployment);
            // classify and analytics declare every topic and its dead-letter topic before anything is published
            deployment.start(RostrumService.CLASSIFY);
            deployment.start(RostrumService.ANALYTICS);
            ObjectNode oversized = withText(posts.get(0), "oversized", OVERSIZED_TEXT);
            ObjectNode atLimit = withText(posts.get(0), "at-limit", TextLimits.POST_TEXT);
            byte[] oversizedBytes = json.writeValueAsBytes(oversized);
            Duration throughput;
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer())) {
                for (Topic<?, ?> topic : Topics.ALL) {
                    send(producer, topic, prefix, executive, POISON);
                }
                Instant published = Instant.now();
                send(producer, Topics.POSTS_RAW, prefix, executive, oversizedBytes);
                send(producer, Topics.POSTS_RAW, prefix, executive, json.writeValueAsBytes(atLimit));
                for (ObjectNode post : posts) {
                    send(producer, Topics.POSTS_RAW, prefix, post.get("executiveId").asString(),
                            json.writeValueAsBytes(post));
                }
                throughput = pipeline.awaitSearchable(POSTS + 1, published, Duration.ofMinutes(3));
            }
            pipeline.awaitClassified(admin, Duration.ofMinutes(3));

            Map<Topic<?, ?>, List<ConsumerRecord<String, byte[]>>> deadLetters = new LinkedHashMap<>();
            for (Topic<?, ?> topic : Topics.ALL) {
                try (TopicReader reader = new TopicReader(bootstrap, topic.deadLetterName(prefix),
                        "read_committed")) {
                    await().atMost(Duration.ofMinutes(1)).until(reader::readToEnd);
                    deadLetters.put(topic, reader.records());
                }
            }
            double countedDeadLetters = 0;
            for (RostrumService service : List.of(RostrumService.CLASSIFY, RostrumService.ANALYTICS)) {
                countedDeadLetters += client.metric(deployment.settings().url(service), "rostrum_dead_letters_total",
                        "");
            }
            URI analytics = deployment.settings().url(RostrumService.ANALYTICS);
            long skippedByDetectors = (long) client.metric(analytics, "rostrum_analytics_detectors_skipped_total",
                    "");
            long searchable = pipeline.searchable(Pipeline.ALL);
            long atLimitSearchable = pipeline.searchable("{\"query\":{\"term\":{\"postKey\":\""
                    + atLimit.get("postKey").asString() + "\"}}}");
            int expectedDeadLetters = Topics.ALL.size() + 1;
            deadLetters.forEach((topic, letters) -> report.count("dead letters of " + topic.name(),
                    topic == Topics.POSTS_RAW ? 2 : 1, letters.size()));
            report.timing("oversized post published to every post searchable", throughput)
                    .count("dead letters counted by the services (rostrum.dead.letters)", expectedDeadLetters,
                            (long) countedDeadLetters)
                    .count("classified poison skipped by the detectors", 1, skippedByDetectors)
                    .count("post at the text limit searchable", 1, atLimitSearchable)
                    .count("posts searchable (the demo's and the one at the limit)", POSTS + 1, searchable)
                    .write();

            deadLetters.forEach((topic, letters) -> {
                List<byte[]> expected = topic == Topics.POSTS_RAW ? List.of(POISON, oversizedBytes) : List.of(POISON);
                assertThat(letters).as("dead letters of %s", topic.name()).extracting(ConsumerRecord::value)
                        .containsExactlyElementsOf(expected);
                assertThat(letters).allSatisfy(letter ->
                        assertThat(header(letter, ORIGINAL_TOPIC)).isEqualTo(topic.name(prefix)));
            });
            assertThat((long) countedDeadLetters).as("rostrum.dead.letters").isEqualTo(expectedDeadLetters);
            assertThat(skippedByDetectors).as("the detectors skip, the indexer dead-letters").isEqualTo(1);
            assertThat(atLimitSearchable).as("the post at the limit, searchable once").isEqualTo(1);
            assertThat(searchable).as("posts searchable").isEqualTo(POSTS + 1);
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, Topic<?, ?> topic, String prefix,
                             String executive, byte[] value) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(prefix), executive, value);
        record.headers().add(TYPE_HEADER, topic.typeToken().getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    /** The first {@link #POSTS} posts of the demo dataset, as ingest would publish them. */
    private List<ObjectNode> demoPosts() throws Exception {
        Path file = StackLayout.fromEnvironment().home()
                .resolve("ingest-service/src/main/resources/demo/posts.jsonl.gz");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return lines.lines().limit(POSTS).map(line -> (ObjectNode) json.readTree(line)).toList();
        }
    }

    /** A copy of the post under a post key of its own, with a text of {@code length} characters. */
    private static ObjectNode withText(ObjectNode original, String name, int length) {
        ObjectNode post = original.deepCopy();
        String nativeId = name + "-" + Instant.now().toEpochMilli();
        post.put("kind", "executive-post").put("nativeId", nativeId)
                .put("postKey", post.get("platform").asString() + ":" + nativeId).put("eventId", nativeId)
                .put("text", "word ".repeat(length / 5)).putNull("inReplyToKey").putNull("threadRootKey");
        return post;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
