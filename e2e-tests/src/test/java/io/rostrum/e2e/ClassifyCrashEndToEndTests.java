package io.rostrum.e2e;

import static io.rostrum.e2e.KafkaOffsets.caughtUp;
import static io.rostrum.e2e.KafkaOffsets.recordsIn;
import static io.rostrum.e2e.KafkaOffsets.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.StackLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * classify-service killed with SIGKILL in the middle of the demo stream, while a transaction of its is open with
 * classified events written, then started again: each poll's classified events, dead letters and consumed offsets
 * commit in one Kafka transaction, so a read-committed reader of the classified topic sees every post exactly
 * once, and a poison record sits in the dead-letter topic exactly once with the error that put it there.
 */
@ExtendWith(LocalStackExtension.class)
class ClassifyCrashEndToEndTests {

    /**
     * One transaction per poll: polls of 500 posts keep each transaction open and writing for far longer than its
     * commit takes, so a kill aimed at an open transaction rarely arrives just after it committed.
     */
    private static final List<String> LONG_TRANSACTIONS = List.of("--spring.kafka.consumer.max-poll-records=500");
    /** Truncated JSON: the deserializer fails on it, so the listener gets the record without a post. */
    private static final byte[] POISON = "{\"schemaVersion\":1,\"eventId\":".getBytes(StandardCharsets.UTF_8);
    private static final String TYPE_HEADER = "__TypeId__";
    private static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";
    private static final String EXCEPTION_FQCN = "kafka_dlt-exception-fqcn";
    private static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    private static final int KILL_ATTEMPTS = 5;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void killingClassifyMidTransactionLosesAndDoublesNothingAndDeadLettersThePoisonRecordOnce(TestStack stack,
                                                                                             @TempDir Path state)
            throws Exception {
        DemoDataset dataset = DemoDataset.load(StackLayout.fromEnvironment().home());
        int posts = Math.toIntExact(dataset.posts());
        String executive = dataset.executives().get(0).executiveId();
        String bootstrap = stack.kafka().bootstrapServers();
        try (Deployment deployment = TestDeployments.create(stack, "e2e-classify-crash", state,
                Map.of(RostrumService.CLASSIFY, LONG_TRANSACTIONS));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            String prefix = deployment.settings().namespace();
            String raw = Topics.POSTS_RAW.name(prefix);
            String classified = Topics.POSTS_CLASSIFIED.name(prefix);
            String deadLetters = Topics.POSTS_RAW.deadLetterName(prefix);

            // classify first: it declares the raw, classified and dead-letter topics, so the poison cannot
            // auto-create the raw topic with other partitions; then ingest, which publishes the demo once ready
            // (analytics and the dashboard play no part here)
            deployment.start(RostrumService.CLASSIFY);
            publishPoison(bootstrap, raw, executive);
            deployment.start(RostrumService.INGEST);

            try (TopicReader written = new TopicReader(bootstrap, classified, "read_uncommitted")) {
                // classify's transactional ids: see transaction-id-prefix in its application.yml
                killMidTransaction(deployment, admin, written, prefix + "classify-", classified);
                assertThat(written.records()).as("classified events written at the kill, committed or not")
                        .hasSizeLessThan(posts);
            }
            deployment.start(RostrumService.CLASSIFY);

            TestDeployments.awaitDemoLoaded(deployment);
            assertThat(recordsIn(admin, raw)).as("the demo's posts and the poison record on the raw topic")
                    .isEqualTo(posts + 1L);

            try (TopicReader committed = new TopicReader(bootstrap, classified, "read_committed");
                 TopicReader deadLettered = new TopicReader(bootstrap, deadLetters, "read_committed")) {
                // offsets commit in the same transactions as the output: once the group's committed offsets reach
                // the end of the raw topic and no transaction is open, everything there is to read is committed
                await("classify caught up, its output settled and read").atMost(Duration.ofMinutes(5))
                        .pollInterval(Duration.ofSeconds(1))
                        .until(() -> caughtUp(admin, prefix + "classify-service", raw) && settled(admin, classified)
                                && settled(admin, deadLetters) && committed.readToEnd() && deadLettered.readToEnd());

                List<JsonNode> events = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : committed.records()) {
                    events.add(json.readTree(record.value()));
                }
                // a post classified twice carries its deterministic eventId twice
                Map<String, Long> perEventId = events.stream().collect(
                        Collectors.groupingBy(event -> event.path("eventId").asString(), Collectors.counting()));
                assertThat(perEventId.entrySet().stream().filter(eventId -> eventId.getValue() > 1)
                        .map(Map.Entry::getKey).toList()).as("eventIds read more than once").isEmpty();
                assertThat(events.size()).as("classified events, read committed").isEqualTo(posts);
                assertThat(perEventId.size()).as("distinct eventIds").isEqualTo(posts);
                List<String> withoutCues = events.stream()
                        .filter(event -> event.path("classification").path("cues").isEmpty())
                        .map(event -> event.path("eventId").asString()).toList();
                assertThat(withoutCues.size()).as("events without cues, e.g. %s", withoutCues.stream().limit(5)
                        .toList()).isZero();
                assertThat(events.stream().map(event -> event.path("classification").path("classifier").asString())
                        .distinct()).as("classifiers").allSatisfy(name -> assertThat(name).startsWith("maxent-"));

                assertThat(deadLettered.records()).as("dead letters, read committed").singleElement()
                        .satisfies(letter -> {
                            assertThat(letter.key()).isEqualTo(executive);
                            assertThat(letter.value()).isEqualTo(POISON);
                            assertThat(header(letter, ORIGINAL_TOPIC)).isEqualTo(raw);
                            assertThat(header(letter, EXCEPTION_FQCN)).endsWith(".DeserializationException");
                            assertThat(header(letter, EXCEPTION_MESSAGE)).containsIgnoringCase("deserialize");
                        });
            }
        }
    }

    /**
     * SIGKILL once some 2,000 posts are classified, while a transaction of classify's is open, not yet
     * committing, with classified events already in the log: the events that, without transactions, would be
     * there twice once the restarted instance has processed those posts again. Should the transaction commit in
     * the moment between look and kill, classify is started and killed again a little further on.
     */
    private static void killMidTransaction(Deployment deployment, Admin admin, TopicReader written,
                                           String transactionalIdPrefix, String classified) throws Exception {
        for (int attempt = 1; attempt <= KILL_ATTEMPTS; attempt++) {
            if (attempt > 1) {
                deployment.start(RostrumService.CLASSIFY);
            }
            int progress = 2_000 * attempt;
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .until(() -> written.readSome() >= progress && !settled(admin, classified)
                            && ongoingWithOutput(admin, transactionalIdPrefix, classified));
            deployment.kill(RostrumService.CLASSIFY);
            // whatever the dead instance wrote is in the log now
            await().atMost(Duration.ofMinutes(1)).until(written::readToEnd);
            if (!settled(admin, classified)) {
                return;
            }
        }
        throw new AssertionError("no kill left a transaction of classify-service open with output written");
    }

    /** Whether one of classify's transactions is open and not yet committing, with the classified topic in it. */
    private static boolean ongoingWithOutput(Admin admin, String transactionalIdPrefix, String classified)
            throws Exception {
        List<String> ids = admin.listTransactions().all().get().stream().map(TransactionListing::transactionalId)
                .filter(id -> id.startsWith(transactionalIdPrefix)).toList();
        return !ids.isEmpty() && admin.describeTransactions(ids).all().get().values().stream()
                .anyMatch(transaction -> transaction.state() == TransactionState.ONGOING
                        && transaction.topicPartitions().stream().anyMatch(partition -> partition.topic()
                        .equals(classified)));
    }

    /** Invalid JSON typed as a post, as a broken producer could write it. */
    private static void publishPoison(String bootstrap, String topic, String executive) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(topic, executive, POISON);
            poison.headers().add(TYPE_HEADER, Topics.POSTS_RAW.typeToken().getBytes(StandardCharsets.UTF_8));
            producer.send(poison).get();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
