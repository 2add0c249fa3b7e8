package io.rostrum.analytics.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.PostClassified;
import io.rostrum.infra.junit.LocalStackExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Elasticsearch becomes unreachable while posts are being indexed, and comes back: every post ends up indexed
 * exactly once, and nothing is dead-lettered for the outage.
 */
@ExtendWith(LocalStackExtension.class)
// closed after the class, while the stack is still up: its consumers and streams stop cleanly
@DirtiesContext
@SpringBootTest
class ElasticsearchOutageIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchOutageIntegrationTests.class);
    private static final String PREFIX = LocalStackExtension.uniqueName("es-outage") + ".";
    private static final int POSTS = 600;
    private static final int CHUNK = 30;
    private static final Duration PAUSE_BETWEEN_CHUNKS = Duration.ofMillis(500);
    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static final Instant JULY = Instant.parse("2026-07-10T08:00:00Z");
    private static TcpProxy proxy;

    private final IndexNames names = new IndexNames(PREFIX);

    @Autowired
    private ElasticsearchClient elasticsearch;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private IndexTemplates templates;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalStackExtension.stack().kafka().bootstrapServers());
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + proxy().port());
        registry.add("spring.kafka.consumer.max-poll-records", () -> 50);
        registry.add("rostrum.analytics.topic-prefix", () -> PREFIX);
        registry.add("rostrum.analytics.index-prefix", () -> PREFIX);
        registry.add("rostrum.analytics.partitions", () -> 3);
        registry.add("rostrum.analytics.indexing.bulk.max-operations", () -> 20);
    }

    private static synchronized TcpProxy proxy() {
        if (proxy == null) {
            proxy = TcpProxy.to(LocalStackExtension.stack().elasticsearch().port());
        }
        return proxy;
    }

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void losesAndDoublesNothingWhenElasticsearchIsUnreachableWhileIndexing() throws Exception {
        templates.ensureInstalled();
        TestTopics topics = new TestTopics(PREFIX);
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            for (int first = 0; first < POSTS; first += CHUNK) {
                topics.send(IntStream.range(first, first + CHUNK).mapToObj(ElasticsearchOutageIntegrationTests::post)
                        .toList());
                pause(PAUSE_BETWEEN_CHUNKS);
            }
        });
        await().atMost(Duration.ofSeconds(60)).until(() -> indexed() > 0);

        long beforeOutage = indexed();
        proxy.cut();
        Thread.sleep(OUTAGE.toMillis());
        boolean stillSending = !sending.isDone();
        proxy.restore();
        Instant restored = Instant.now();
        sending.join();
        // the client's pooled connections died with the cut: the first requests after it may fail
        await().atMost(Duration.ofSeconds(120)).ignoreExceptions().until(() -> indexed() == POSTS);
        log.info("Outage of {} s: {} of {} posts indexed before it (sending went on through it: {}); all indexed {} ms "
                        + "after it ended", OUTAGE.toSeconds(), beforeOutage, POSTS, stillSending,
                Duration.between(restored, Instant.now()).toMillis());

        assertThat(beforeOutage).isLessThan(POSTS);
        assertThat(distinctPostKeys()).isEqualTo(POSTS);
        assertThat(meters.find("rostrum.analytics.bulk.failures").tag("reason", "unreachable").counter())
                .as("the outage hit indexing").isNotNull().extracting(Counter::count).isNotEqualTo(0.0);
        assertThat(meters.find("rostrum.dead.letters").counters()).as("an outage dead-letters nothing")
                .isNotEmpty().allSatisfy(deadLetters -> assertThat(deadLetters.count()).isZero());
    }

    private long indexed() throws IOException {
        return elasticsearch.count(count -> count.index(names.posts())).count();
    }

    private long distinctPostKeys() throws IOException {
        return elasticsearch.search(search -> search.index(names.posts()).size(0)
                        .aggregations("posts", posts -> posts.cardinality(cardinality -> cardinality.field("postKey")
                                .precisionThreshold(40_000))), Void.class)
                .aggregations().get("posts").cardinality().value();
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts of six executives (so all partitions take part), alternating between July and August. */
    private static PostClassified post(int i) {
        Instant created = JULY.plus(Duration.ofDays(30L * (i % 2))).plusSeconds(i);
        return ClassifiedPosts.executivePost("ceo-" + (i % 6), "outage-" + i, created, 100, i, created);
    }
}
