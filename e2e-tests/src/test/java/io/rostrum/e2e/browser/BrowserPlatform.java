package io.rostrum.e2e.browser;

import static org.awaitility.Awaitility.await;

import io.rostrum.e2e.DemoDataset;
import io.rostrum.e2e.PlatformClient;
import io.rostrum.e2e.TestDeployments;
import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.launcher.Credentials;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.StackLayout;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import tools.jackson.databind.JsonNode;

/**
 * The whole platform with the demo data, as `./rostrum demo` runs it, shared by a browser test class: started
 * once, and ready only when Elasticsearch holds every demo post, analytics lists the demo's planted alerts, and the
 * load has finished: every consumer group has stopped moving (the detectors run behind the indexer) and
 * Elasticsearch has no merge running. Pages are timed on the loaded demo, not while it is still loading.
 */
final class BrowserPlatform implements AutoCloseable {

    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(6);
    private static final int DEMO_ALERTS = 4;
    /** Seconds in a row without a committed offset moving (analytics re-asks the landing questions after 3). */
    private static final int SETTLED_POLLS = 8;

    private final TestStack stack;
    private final Deployment deployment;
    private final DemoDataset dataset;
    private final PlatformClient client = new PlatformClient();

    private BrowserPlatform(TestStack stack, Deployment deployment, DemoDataset dataset) {
        this.stack = stack;
        this.deployment = deployment;
        this.dataset = dataset;
    }

    static BrowserPlatform start(TestStack stack, Path state) throws IOException {
        DemoDataset dataset = DemoDataset.load(StackLayout.fromEnvironment().home());
        Deployment deployment = TestDeployments.create(stack, "e2e-browser", state, Map.of());
        BrowserPlatform platform = new BrowserPlatform(stack, deployment, dataset);
        try {
            deployment.startAll();
            platform.awaitDemoLoaded();
        } catch (RuntimeException e) {
            deployment.close();
            throw e;
        }
        return platform;
    }

    private void awaitDemoLoaded() {
        await().atMost(LOAD_TIMEOUT).pollInterval(Duration.ofSeconds(1))
                .until(() -> postCount("{\"query\":{\"match_all\":{}}}"), count -> count >= dataset.posts());
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> alerts().size(), count -> count >= DEMO_ALERTS);
        awaitSettled();
    }

    private void awaitSettled() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap()))) {
            AtomicLong last = new AtomicLong(-1);
            AtomicInteger still = new AtomicInteger();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                long committed = committedOffsets(admin);
                still.set(committed == last.getAndSet(committed) ? still.get() + 1 : 0);
                return still.get() >= SETTLED_POLLS;
            });
        }
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> client.mergesInProgress(stack.elasticsearch().url()), merges -> merges == 0);
    }

    /** The sum of the offsets every consumer group of this deployment has committed. */
    private long committedOffsets(Admin admin) throws Exception {
        long sum = 0;
        for (GroupListing group : admin.listGroups().all().get()) {
            if (group.groupId().startsWith(namespace())) {
                sum += admin.listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get()
                        .values().stream().filter(Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
            }
        }
        return sum;
    }

    /** Documents in the deployment's posts index matching {@code query}, after a refresh. */
    long postCount(String query) throws IOException, InterruptedException {
        return client.count(stack.elasticsearch().url(), TestDeployments.postsIndex(deployment), query);
    }

    /** Waits until the post with {@code postKey} is searchable, classified and indexed by analytics. */
    void awaitIndexed(String postKey) {
        String query = "{\"query\":{\"term\":{\"postKey\":\"" + postKey + "\"}}}";
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> postCount(query), count -> count == 1);
    }

    /** The latest alerts, as analytics' API lists them to the dashboard. */
    JsonNode alerts() throws IOException, InterruptedException {
        return client.getJson(analytics().resolve("/api/alerts?size=100"), credentials().apiUser(),
                credentials().apiPassword());
    }

    URI dashboard() {
        return deployment.settings().url(RostrumService.DASHBOARD);
    }

    URI ingest() {
        return deployment.settings().url(RostrumService.INGEST);
    }

    URI analytics() {
        return deployment.settings().url(RostrumService.ANALYTICS);
    }

    Credentials credentials() {
        return deployment.settings().credentials();
    }

    DemoDataset dataset() {
        return dataset;
    }

    String kafkaBootstrap() {
        return stack.kafka().bootstrapServers();
    }

    /** Prefix of this deployment's topics, consumer groups and indices. */
    String namespace() {
        return deployment.settings().namespace();
    }

    @Override
    public void close() {
        deployment.close();
    }
}
