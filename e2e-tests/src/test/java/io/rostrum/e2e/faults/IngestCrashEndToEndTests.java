package io.rostrum.e2e.faults;

import static io.rostrum.e2e.KafkaOffsets.recordsIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.e2e.DemoDataset;
import io.rostrum.e2e.TestDeployments;
import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.StackLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * ingest-service killed with SIGKILL while it publishes the demo dataset, then started again. Ingest promises at
 * least once: its ledger records a load only once the broker has acknowledged every record, so the restarted
 * instance publishes the whole dataset again, and the raw topic holds what the first instance got out before the
 * kill plus the dataset once more. Downstream that repetition must vanish: a post's classified event and its
 * Elasticsearch document are keyed by the post, so Elasticsearch ends with every post exactly once.
 */
@ExtendWith(LocalStackExtension.class)
class IngestCrashEndToEndTests {

    @Test
    void killingIngestWhilePublishingRepeatsTheLoadAndEveryPostIsSearchableExactlyOnce(TestStack stack,
                                                                                       @TempDir Path state)
            throws Exception {
        DemoDataset dataset = DemoDataset.load(StackLayout.fromEnvironment().home());
        FaultReport report = new FaultReport("ingest-kill-9", "SIGKILL of ingest-service while it publishes the "
                + "demo dataset (" + dataset.posts() + " posts), then a restart");
        try (Deployment deployment = TestDeployments.create(stack, "e2e-ingest-crash", state,
                Map.of(RostrumService.INGEST, Pipeline.PACED_PUBLISHING));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     stack.kafka().bootstrapServers()))) {
            Pipeline pipeline = new Pipeline(deployment);
            String raw = Topics.POSTS_RAW.name(deployment.settings().namespace());
            // classify declares the topics; ingest starts publishing as soon as it is ready, maybe before its
            // start returns, so it starts aside while the raw topic is watched
            deployment.start(RostrumService.CLASSIFY);
            deployment.start(RostrumService.ANALYTICS);
            CompletableFuture<Void> ingestStarted = CompletableFuture.runAsync(
                    () -> deployment.start(RostrumService.INGEST));
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
                    .until(() -> recordsIn(admin, raw) >= 2_000);
            deployment.kill(RostrumService.INGEST);
            ingestStarted.handle((started, failure) -> null).join();
            long publishedBeforeKill = recordsIn(admin, raw);
            assertThat(publishedBeforeKill).as("raw posts published when the kill landed").isLessThan(dataset.posts());

            Instant restarted = Instant.now();
            deployment.start(RostrumService.INGEST);
            Duration recovery = pipeline.awaitSearchable(dataset.posts(), restarted, Duration.ofMinutes(6));
            TestDeployments.awaitDemoLoaded(deployment);
            pipeline.awaitClassified(admin, Duration.ofMinutes(3));

            long rawRecords = recordsIn(admin, raw);
            long searchable = pipeline.searchable(Pipeline.ALL);
            long executiveAuthored = pipeline.searchable(Pipeline.EXECUTIVE_AUTHORED);
            report.timing("restart to every post searchable", recovery)
                    .count("raw records published before the kill", publishedBeforeKill, publishedBeforeKill)
                    .count("raw records in all (before the kill + the dataset again)",
                            publishedBeforeKill + dataset.posts(), rawRecords)
                    .count("posts searchable", dataset.posts(), searchable)
                    .count("executive-authored posts searchable", Pipeline.executiveAuthored(dataset),
                            executiveAuthored)
                    .write();
            assertThat(rawRecords).as("raw records: those before the kill and the dataset once more")
                    .isEqualTo(publishedBeforeKill + dataset.posts());
            assertThat(searchable).as("posts searchable, each under its own post key").isEqualTo(dataset.posts());
            assertThat(executiveAuthored).isEqualTo(Pipeline.executiveAuthored(dataset));
        }
    }
}
