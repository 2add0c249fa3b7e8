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
 * A real Elasticsearch too small for the load: one write thread with a queue of two, so concurrent bulks spread
 * over the month indices' shards are partly rejected with 429 (es_rejected_execution_exception), item by item.
 * Analytics sends the rejected items again after a back-off and commits offsets only once every item is durable:
 * every post ends up searchable exactly once, and a 429 is never a reason to dead-letter.
 */
@Tag("faults")
class ElasticsearchRejectionFaultTests {

    private static final Map<String, String> TINY_WRITE_POOL = Map.of(
            "thread_pool.write.size", "1",
            "thread_pool.write.queue_size", "2");
    /** Many small bulks at once, more than the pool can queue. */
    private static final List<String> CONCURRENT_BULKS = List.of(
            "--rostrum.analytics.indexing.bulk.max-concurrent-requests=8",
            "--rostrum.analytics.indexing.bulk.max-operations=100");

    private final PlatformClient client = new PlatformClient();

    @Test
    void bulksRejectedWith429AreRetriedUntilEveryPostIsSearchableOnce(@TempDir Path state) throws Exception {
        DemoDataset dataset = DemoDataset.load(StackLayout.fromEnvironment().home());
        FaultReport report = new FaultReport("elasticsearch-429", "Elasticsearch with thread_pool.write.size 1 and "
                + "queue_size 2 takes the demo dataset (" + dataset.posts() + " posts) from analytics sending up to "
                + "8 bulks of 100 at once: part of every burst is rejected with 429");
        try (DedicatedStack nodes = DedicatedStack.start(TINY_WRITE_POOL);
             Deployment deployment = TestDeployments.create(nodes.addresses(), "fault-es-429", state,
                     Map.of(RostrumService.ANALYTICS, CONCURRENT_BULKS));
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                     nodes.addresses().kafka().bootstrapServers()))) {
            Pipeline pipeline = new Pipeline(deployment);
            Instant started = Instant.now();
            pipeline.start();
            Duration load = pipeline.awaitSearchable(dataset.posts(), started, Duration.ofMinutes(10));
            pipeline.awaitClassified(admin, Duration.ofMinutes(3));

            URI analytics = deployment.settings().url(RostrumService.ANALYTICS);
            long searchable = pipeline.searchable(Pipeline.ALL);
            long executiveAuthored = pipeline.searchable(Pipeline.EXECUTIVE_AUTHORED);
            long retried = (long) client.metric(analytics, "rostrum_analytics_bulk_failures_total",
                    "reason=\"retried\"");
            long exhausted = (long) client.metric(analytics, "rostrum_analytics_bulk_failures_total",
                    "reason=\"retries-exhausted\"");
            long refused = (long) client.metric(analytics, "rostrum_analytics_bulk_failures_total",
                    "reason=\"refused\"");
            long deadLetters = (long) client.metric(analytics, "rostrum_dead_letters_total", "");
            report.timing("start to every post searchable, under rejections", load)
                    .count("items rejected with 429 and sent again (at least 1)", 1, retried)
                    .count("items whose retries ran out, their poll retried whole (not asserted)", exhausted,
                            exhausted)
                    .count("items refused for good", 0, refused)
                    .count("posts searchable", dataset.posts(), searchable)
                    .count("executive-authored posts searchable", Pipeline.executiveAuthored(dataset),
                            executiveAuthored)
                    .count("dead letters in analytics", 0, deadLetters)
                    .write();
            assertThat(retried).as("items Elasticsearch rejected and analytics sent again").isPositive();
            assertThat(refused).as("a 429 is not a refusal").isZero();
            assertThat(searchable).as("posts searchable, each under its own post key").isEqualTo(dataset.posts());
            assertThat(executiveAuthored).isEqualTo(Pipeline.executiveAuthored(dataset));
            assertThat(deadLetters).as("rejections dead-letter nothing").isZero();
        }
    }
}
