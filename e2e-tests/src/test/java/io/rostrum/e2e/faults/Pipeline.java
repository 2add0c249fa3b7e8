package io.rostrum.e2e.faults;

import static org.awaitility.Awaitility.await;

import io.rostrum.e2e.DemoDataset;
import io.rostrum.e2e.KafkaOffsets;
import io.rostrum.e2e.PlatformClient;
import io.rostrum.e2e.TestDeployments;
import io.rostrum.events.Topics;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/** One deployment's demo stream seen from outside: what is searchable, and whether every consumer has caught up. */
final class Pipeline {

    static final String ALL = "{\"query\":{\"match_all\":{}}}";
    static final String EXECUTIVE_AUTHORED = "{\"query\":{\"term\":{\"byExecutive\":true}}}";
    /**
     * ingest-service's arguments for one small batch in flight at a time: publishing the demo takes some 30 s
     * instead of a few, so a fault aimed at it lands while it goes on.
     */
    static final List<String> PACED_PUBLISHING = List.of("--spring.kafka.producer.batch-size=16384",
            "--spring.kafka.producer.properties.linger.ms=0",
            "--spring.kafka.producer.properties.max.in.flight.requests.per.connection=1");

    private final PlatformClient client = new PlatformClient();
    private final Deployment deployment;
    private final String elasticsearch;
    private final String index;
    private final String prefix;

    Pipeline(Deployment deployment) {
        this.deployment = deployment;
        this.elasticsearch = deployment.settings().elasticsearchUrl();
        this.index = TestDeployments.postsIndex(deployment);
        this.prefix = deployment.settings().namespace();
    }

    /**
     * Starts the three services the stream runs through, one after the other: classify first, as it declares the
     * topics, ingest last, as it publishes once ready. The dashboard plays no part, and four JVMs starting at once
     * on a busy 2-core machine took longer than the start timeout.
     */
    void start() {
        deployment.start(RostrumService.CLASSIFY);
        deployment.start(RostrumService.ANALYTICS);
        deployment.start(RostrumService.INGEST);
    }

    static long executiveAuthored(DemoDataset dataset) {
        return dataset.byExecutive().values().stream().flatMap(kinds -> kinds.entrySet().stream())
                .filter(kind -> kind.getKey().byExecutive()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Posts searchable now, -1 while Elasticsearch cannot answer. */
    long searchable(String query) {
        try {
            return client.count(elasticsearch, index, query);
        } catch (Exception e) {
            return -1;
        }
    }

    /** Waits until {@code count} posts are searchable and says how long that took from {@code since}. */
    Duration awaitSearchable(long count, Instant since, Duration atMost) {
        await("all %d posts searchable".formatted(count)).atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(() -> searchable(ALL) >= count);
        return Duration.between(since, Instant.now());
    }

    /**
     * Waits until classify has consumed the whole raw topic, with no transaction of it left open: every post is
     * on the classified topic for good. (Analytics' group is not compared with the end of the classified topic:
     * its committed offsets stop before the last transaction marker, so they never reach the end.)
     */
    void awaitClassified(Admin admin, Duration atMost) {
        String raw = Topics.POSTS_RAW.name(prefix);
        String classified = Topics.POSTS_CLASSIFIED.name(prefix);
        await("classify caught up").atMost(atMost).pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> KafkaOffsets.caughtUp(admin, prefix + "classify-service", raw)
                        && KafkaOffsets.settled(admin, classified));
    }

    Deployment deployment() {
        return deployment;
    }
}
