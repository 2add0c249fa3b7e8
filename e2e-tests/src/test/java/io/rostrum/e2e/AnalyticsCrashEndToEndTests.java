package io.rostrum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import io.rostrum.infra.stack.StackLayout;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * analytics-service killed with SIGKILL in the middle of the initial load, then started again: offsets were
 * committed only for acknowledged bulk writes and every write is an idempotent upsert, so the end state is the
 * dataset exactly, with nothing lost and nothing doubled.
 */
@ExtendWith(LocalStackExtension.class)
class AnalyticsCrashEndToEndTests {

    private static final String ALL = "{\"query\":{\"match_all\":{}}}";
    private static final String EXECUTIVE_AUTHORED = "{\"query\":{\"term\":{\"byExecutive\":true}}}";
    /** Small polls stretch the load out, so the kill lands while most of it is still to come. */
    private static final List<String> SMALL_BATCHES = List.of("--spring.kafka.consumer.max-poll-records=100");

    private final PlatformClient client = new PlatformClient();

    @Test
    void killingAnalyticsDuringTheLoadLosesAndDoublesNothing(TestStack stack, @TempDir Path state) throws Exception {
        DemoDataset dataset = DemoDataset.load(StackLayout.fromEnvironment().home());
        long executiveAuthored = dataset.byExecutive().values().stream()
                .flatMap(kinds -> kinds.entrySet().stream())
                .filter(kind -> kind.getKey().byExecutive()).mapToLong(Map.Entry::getValue).sum();
        try (Deployment deployment = TestDeployments.create(stack, "e2e-crash", state,
                Map.of(RostrumService.ANALYTICS, SMALL_BATCHES))) {
            deployment.startAll();
            String index = TestDeployments.postsIndex(deployment);
            String elasticsearch = stack.elasticsearch().url();

            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(200))
                    .until(() -> client.count(elasticsearch, index, ALL), count -> count >= 1_000);
            deployment.kill(RostrumService.ANALYTICS);
            long indexedAtCrash = client.count(elasticsearch, index, ALL);
            assertThat(indexedAtCrash).as("the kill must land mid-load").isLessThan(dataset.posts());

            deployment.start(RostrumService.ANALYTICS);

            await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> client.count(elasticsearch, index, ALL), count -> count == dataset.posts());
            assertThat(client.count(elasticsearch, index, EXECUTIVE_AUTHORED)).isEqualTo(executiveAuthored);
        }
    }
}
