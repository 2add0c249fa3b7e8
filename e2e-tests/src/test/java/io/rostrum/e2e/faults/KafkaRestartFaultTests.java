package io.rostrum.e2e.faults;

import static io.rostrum.e2e.KafkaOffsets.recordsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.e2e.DemoDataset;
import io.rostrum.e2e.PlatformClient;
import io.rostrum.e2e.TestDeployments;
import io.rostrum.events.Topics;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.StackLayout;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka broker stopped (SIGTERM) while the demo dataset streams through all four services, kept down for
 * twenty seconds and started again on the same data and port. Ingest's idempotent producer retries within its
 * delivery timeout, classify's transactions abort and repeat, analytics' upserts are idempotent: afterwards the
 * raw topic holds the dataset exactly once and every post is searchable exactly once, with nothing dead-lettered.
 */
@Tag("faults")
class KafkaRestartFaultTests {

    private static final Duration DOWN = Duration.ofSeconds(20);

    private final PlatformClient client = new PlatformClient();

    @Test
    void aBrokerRestartMidStreamLosesAndDoublesNothing(@TempDir Path state) throws Exception {
        DemoDataset dataset = DemoDataset.load(StackLayout.fromEnvironment().home());
        FaultReport report = new FaultReport("kafka-restart", "the Kafka broker stopped (SIGTERM) for "
                + DOWN.toSeconds() + " s while the demo dataset (" + dataset.posts() + " posts) is published, "
                + "classified and indexed, then started on the same data and port");
        try (DedicatedStack nodes = DedicatedStack.start(Map.of());
             Deployment deployment = TestDeployments.create(nodes.addresses(), "fault-kafka-restart", state,
                     Map.of(RostrumService.INGEST, Pipeline.PACED_PUBLISHING));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     nodes.addresses().kafka().bootstrapServers()))) {
            Pipeline pipeline = new Pipeline(deployment);
            String raw = Topics.POSTS_RAW.name(deployment.settings().namespace());
            pipeline.start();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                    .until(() -> recordsIn(admin, raw) >= 2_000);

            long publishedBefore = recordsIn(admin, raw);
            Instant stopped = Instant.now();
            nodes.nodes().stopKafka();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), stopped.plus(DOWN)).toMillis()));
            nodes.nodes().startKafka();
            Instant back = Instant.now();
            Duration recovery = pipeline.awaitSearchable(dataset.posts(), back, Duration.ofMinutes(8));
            TestDeployments.awaitDemoLoaded(deployment);
            pipeline.awaitClassified(admin, Duration.ofMinutes(3));

            long rawRecords = recordsIn(admin, raw);
            long searchable = pipeline.searchable(Pipeline.ALL);
            long executiveAuthored = pipeline.searchable(Pipeline.EXECUTIVE_AUTHORED);
            long deadLetters = 0;
            for (RostrumService service : List.of(RostrumService.CLASSIFY, RostrumService.ANALYTICS)) {
                URI url = deployment.settings().url(service);
                deadLetters += (long) client.metric(url, "rostrum_dead_letters_total", "");
            }
            report.timing("broker away (stop to answering again)", Duration.between(stopped, back))
                    .timing("back to every post searchable", recovery)
                    .count("raw records published when it stopped (not asserted)", publishedBefore, publishedBefore)
                    .count("raw records", dataset.posts(), rawRecords)
                    .count("posts searchable", dataset.posts(), searchable)
                    .count("executive-authored posts searchable", Pipeline.executiveAuthored(dataset),
                            executiveAuthored)
                    .count("dead letters in classify and analytics", 0, deadLetters)
                    .write();
            assertThat(publishedBefore).as("the restart must land while ingest publishes")
                    .isLessThan(dataset.posts());
            assertThat(rawRecords).as("raw records: the idempotent producer's retries add none")
                    .isEqualTo(dataset.posts());
            assertThat(searchable).as("posts searchable, each under its own post key").isEqualTo(dataset.posts());
            assertThat(executiveAuthored).isEqualTo(Pipeline.executiveAuthored(dataset));
            assertThat(deadLetters).as("a broker restart dead-letters nothing").isZero();
        }
    }
}
