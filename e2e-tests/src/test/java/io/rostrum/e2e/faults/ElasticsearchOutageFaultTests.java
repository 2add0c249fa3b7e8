package io.rostrum.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.e2e.DemoDataset;
import io.rostrum.e2e.PlatformClient;
import io.rostrum.e2e.TestDeployments;
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
 * Elasticsearch stopped for a minute while the whole pipeline carries the demo dataset, then started again on its
 * data: analytics commits offsets only for writes Elasticsearch acknowledged and retries the rest, so every post
 * is searchable exactly once afterwards and nothing is dead-lettered for the outage. The shorter outage of
 * analytics alone, cut by a proxy, runs with every build (ElasticsearchOutageIntegrationTests).
 */
@Tag("faults")
class ElasticsearchOutageFaultTests {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    /** Small polls stretch the indexing out, so the outage lands while most of it is still to come. */
    private static final List<String> SMALL_BATCHES = List.of("--spring.kafka.consumer.max-poll-records=100");

    private final PlatformClient client = new PlatformClient();

    @Test
    void aMinuteWithoutElasticsearchLosesAndDoublesNothing(@TempDir Path state) throws Exception {
        DemoDataset dataset = DemoDataset.load(StackLayout.fromEnvironment().home());
        FaultReport report = new FaultReport("elasticsearch-outage-60s", "Elasticsearch stopped (SIGTERM) for "
                + OUTAGE.toSeconds() + " s while the demo dataset (" + dataset.posts() + " posts) is indexed, "
                + "then started on the same data and port");
        try (DedicatedStack nodes = DedicatedStack.start(Map.of());
             Deployment deployment = TestDeployments.create(nodes.addresses(), "fault-es-outage", state,
                     Map.of(RostrumService.ANALYTICS, SMALL_BATCHES));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     nodes.addresses().kafka().bootstrapServers()))) {
            Pipeline pipeline = new Pipeline(deployment);
            pipeline.start();
            pipeline.awaitSearchable(2_000, Instant.now(), Duration.ofMinutes(4));

            long searchableBefore = pipeline.searchable(Pipeline.ALL);
            Instant stopped = Instant.now();
            nodes.nodes().stopElasticsearch();
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), stopped.plus(OUTAGE)).toMillis()));
            nodes.nodes().startElasticsearch();
            Instant back = Instant.now();
            long searchableAtReturn = pipeline.searchable(Pipeline.ALL);
            Duration recovery = pipeline.awaitSearchable(dataset.posts(), back, Duration.ofMinutes(8));
            pipeline.awaitClassified(admin, Duration.ofMinutes(3));

            URI analytics = deployment.settings().url(RostrumService.ANALYTICS);
            long searchable = pipeline.searchable(Pipeline.ALL);
            long executiveAuthored = pipeline.searchable(Pipeline.EXECUTIVE_AUTHORED);
            long deadLetters = (long) client.metric(analytics, "rostrum_dead_letters_total", "");
            long unreachable = (long) client.metric(analytics, "rostrum_analytics_bulk_failures_total",
                    "reason=\"unreachable\"");
            report.timing("Elasticsearch away (stop to healthy again)", Duration.between(stopped, back))
                    .timing("back to every post searchable", recovery)
                    .count("posts searchable when it stopped (not asserted)", searchableBefore, searchableBefore)
                    .count("posts searchable when it was back (not asserted)", searchableAtReturn,
                            searchableAtReturn)
                    .count("posts searchable", dataset.posts(), searchable)
                    .count("executive-authored posts searchable", Pipeline.executiveAuthored(dataset),
                            executiveAuthored)
                    .count("dead letters in analytics", 0, deadLetters)
                    .write();
            assertThat(searchableAtReturn).as("the outage must land mid-load").isLessThan(dataset.posts());
            assertThat(unreachable).as("bulk operations that found Elasticsearch unreachable").isPositive();
            assertThat(searchable).as("posts searchable, each under its own post key").isEqualTo(dataset.posts());
            assertThat(executiveAuthored).isEqualTo(Pipeline.executiveAuthored(dataset));
            assertThat(deadLetters).as("an outage dead-letters nothing").isZero();
        }
    }
}
