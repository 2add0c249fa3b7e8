package io.rostrum.analytics.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.rostrum.analytics.AnalyticsTestStack;
import io.rostrum.analytics.query.EngagementQueries;
import io.rostrum.analytics.query.ExecutiveSummary;
import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.Classification;
import io.rostrum.events.Direction;
import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.Polarity;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Purpose;
import io.rostrum.events.Reciprocity;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Stance;
import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The indexer on a real broker and a real Elasticsearch node. */
@ExtendWith(LocalStackExtension.class)
// closed after the class, while the stack is still up: its consumers and streams stop cleanly
@DirtiesContext
@SpringBootTest
class PostIndexerIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("analytics-it") + ".";
    private static final Instant CREATED = Instant.parse("2026-07-01T08:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private ElasticsearchClient elasticsearch;

    @Autowired
    private EngagementQueries queries;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        AnalyticsTestStack.register(registry, PREFIX, 3);
    }

    @Test
    void upsertsByPostKeyKeepsTheNewestObservationCountsPerExecutiveAndForgetsARetiredExecutive() throws Exception {
        send(Topics.EXECUTIVES, "ceo-it", json.writeValueAsBytes(ExecutiveRegistered.register("ceo-it", "Ida Test",
                "CEO", "Test Grid", List.of(new ExecutiveRegistered.Account(Platform.MASTODON, "ida@t.example", null)),
                CREATED)));
        send(Topics.POSTS_CLASSIFIED, "ceo-it", json.writeValueAsBytes(classified("1", PostKind.EXECUTIVE_POST, 40,
                Instant.parse("2026-07-02T08:00:00Z"))));
        send(Topics.POSTS_CLASSIFIED, "ceo-it", json.writeValueAsBytes(classified("1", PostKind.EXECUTIVE_POST, 5,
                Instant.parse("2026-07-01T09:00:00Z"))));
        send(Topics.POSTS_CLASSIFIED, "ceo-it", json.writeValueAsBytes(classified("2", PostKind.STAKEHOLDER_REPLY, 1,
                Instant.parse("2026-07-01T10:00:00Z"))));
        send(Topics.POSTS_CLASSIFIED, "ceo-it", "not json at all".getBytes(StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(60)).until(() -> executive().stakeholderReplies() == 1
                && executive().posts() == 1);

        PostDocument first = elasticsearch.get(get -> get.index(PREFIX + "rostrum-posts-2026.07").id("mastodon:1"),
                PostDocument.class).source();
        assertThat(first.metrics().likes()).as("an older observation never overwrites a newer one").isEqualTo(40);
        assertThat(queries.stats().documents()).isEqualTo(2);
        assertThat(queries.stats().withoutApproach()).isZero();
        assertThat(queries.latestPosts("ceo-it", 10)).extracting(PostDocument::postKey).containsExactly("mastodon:1");

        send(Topics.EXECUTIVES, "ceo-it", null);

        await().atMost(Duration.ofSeconds(60)).until(() -> queries.executives().stream()
                .noneMatch(summary -> summary.executiveId().equals("ceo-it")));
    }

    private ExecutiveSummary executive() throws Exception {
        return queries.executives().stream().filter(summary -> summary.executiveId().equals("ceo-it")).findFirst()
                .orElse(new ExecutiveSummary("ceo-it", "", "", "", List.of(), 0, 0, 0, 0, null));
    }

    private static PostClassified classified(String nativeId, PostKind kind, long likes, Instant observedAt) {
        PostObserved post = PostObserved.observe("ceo-it", Platform.MASTODON, nativeId, kind,
                new Author(nativeId, "someone@t.example", "Someone", "Equity analyst", 300,
                        kind.byExecutive()), kind.byExecutive() ? null : "mastodon:1",
                kind.byExecutive() ? null : "mastodon:1", CREATED, "Results are out.", "en", null,
                new MetricSnapshot(0, 0, likes, 0, observedAt));
        Classification classification = new Classification(List.of(Approach.INFORMING),
                Map.of("informing", 0.9, "celebrating", 0.02, "dialoguing", 0.02, "framing", 0.02, "mobilizing",
                        0.02, "obfuscating", 0.02), Purpose.INFORMATION_PROCESSING, Reciprocity.NON_RECIPROCAL,
                Direction.CONVERGENCE, "test", List.of());
        return PostClassified.of(post, classification,
                kind.byExecutive() ? null : new ReplyScore(0.4, Polarity.POSITIVE, StakeholderGroup.INVESTORS,
                        Stance.SUPPORTIVE, List.of()),
                observedAt);
    }

    private static void send(Topic<?, ?> topic, String key, byte @Nullable [] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackExtension.stack().kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(PREFIX), key, value);
            if (value != null) {
                record.headers().add("__TypeId__", topic.typeToken().getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        }
    }
}
