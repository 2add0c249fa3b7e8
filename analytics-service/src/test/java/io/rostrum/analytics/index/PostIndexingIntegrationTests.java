package io.rostrum.analytics.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.rostrum.analytics.AnalyticsTestStack;
import io.rostrum.infra.junit.LocalStackExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The post indices, their mapping and what is computed into them, on a real broker and Elasticsearch node. */
@ExtendWith(LocalStackExtension.class)
// closed after the class, while the stack is still up: its consumers and streams stop cleanly
@DirtiesContext
@SpringBootTest
class PostIndexingIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("post-indexing") + ".";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Instant JULY = Instant.parse("2026-07-10T08:00:00Z");
    private static final Instant AUGUST = Instant.parse("2026-08-03T08:00:00Z");

    private final IndexNames names = new IndexNames(PREFIX);
    private final TestTopics topics = new TestTopics(PREFIX);

    @Autowired
    private ElasticsearchClient elasticsearch;

    @Autowired
    private IndexTemplates templates;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        AnalyticsTestStack.register(registry, PREFIX, 3);
        registry.add("rostrum.analytics.indexing.retention", () -> "P12M");
        registry.add("rostrum.analytics.indexing.retention-check", () -> "1s");
    }

    /** As every query does first: the templates and the alias exist before anything reads or creates an index. */
    @BeforeEach
    void installTemplates() throws IOException {
        templates.ensureInstalled();
    }

    @Test
    void writesEachPostToItsMonthIndexAndFindsEveryMonthThroughTheReadAlias() throws Exception {
        topics.send(List.of(ClassifiedPosts.executivePost("ceo-months", "july", JULY, 100, 1, JULY),
                ClassifiedPosts.executivePost("ceo-months", "august", AUGUST, 100, 1, AUGUST)));

        // two indices refresh on their own schedules: one post visible says nothing about the other
        await().atMost(PATIENCE).until(() -> indexOf("mastodon:july") != null && indexOf("mastodon:august") != null);

        assertThat(indexOf("mastodon:july")).isEqualTo(PREFIX + "rostrum-posts-2026.07");
        assertThat(indexOf("mastodon:august")).isEqualTo(PREFIX + "rostrum-posts-2026.08");
        assertThat(elasticsearch.indices().getAlias(alias -> alias.name(names.posts())).aliases())
                .containsKeys(PREFIX + "rostrum-posts-2026.07", PREFIX + "rostrum-posts-2026.08");
    }

    @Test
    void installsTheExplicitMappingOnEveryMonthIndex() throws Exception {
        String may = names.posts(YearMonth.of(2026, 5));
        elasticsearch.indices().create(create -> create.index(may));

        TypeMapping mapping = elasticsearch.indices().getMapping(get -> get.index(may)).get(may).mappings();
        Map<String, Property> fields = mapping.properties();

        assertThat(mapping.dynamic()).isEqualTo(DynamicMapping.False);
        assertThat(fields.get("text").text().analyzer()).isEqualTo("english_text");
        assertThat(fields.get("author").object().properties().get("profileText").text().fields().get("raw")
                .keyword().ignoreAbove()).isEqualTo(256);
        for (String keyword : List.of("stance", "polarity", "sentimentClass", "answersKey", "postKey", "kind")) {
            assertThat(fields.get(keyword).isKeyword()).as(keyword).isTrue();
        }
        for (String number : List.of("replyWeight", "weightedSentiment", "engagementRate")) {
            assertThat(fields.get(number).isDouble()).as(number).isTrue();
        }
        assertThat(fields.get("answerSeconds").isLong()).isTrue();
        assertThat(fields.get("cues").object().enabled()).isFalse();
        assertThat(fields.get("metrics").object().properties().get("observedAt").isDate()).isTrue();
        assertThat(elasticsearch.indices().getAlias(alias -> alias.index(may)).get(may).aliases())
                .containsOnlyKeys(names.posts());
    }

    @Test
    void keepsTheNewestObservationOfAPostAndTakesAReplayAsANoOp() throws Exception {
        Instant newer = JULY.plusSeconds(7_200);
        topics.send(List.of(
                ClassifiedPosts.executivePost("ceo-upsert", "upsert", JULY, 100, 40, newer),
                ClassifiedPosts.executivePost("ceo-upsert", "upsert", JULY, 100, 5, JULY.plusSeconds(3_600)),
                ClassifiedPosts.executivePost("ceo-upsert", "upsert", JULY, 100, 40, newer),
                ClassifiedPosts.executivePost("ceo-upsert", "upsert-done", JULY, 100, 0, JULY)));

        // one key, one partition, in order: once the last is in, the others have been through
        await().atMost(PATIENCE).until(() -> indexOf("mastodon:upsert-done") != null);

        GetResponse<PostDocument> post = elasticsearch.get(get -> get.index(names.posts(JULY)).id("mastodon:upsert"),
                PostDocument.class);
        assertThat(post.source().metrics().likes()).isEqualTo(40);
        assertThat(post.version()).isEqualTo(newer.toEpochMilli());
        assertThat(count("mastodon:upsert")).isEqualTo(1);
    }

    @Test
    void storesTheFiguresDerivedFromEachPost() throws Exception {
        topics.send(List.of(
                ClassifiedPosts.executivePost("ceo-derived", "derived-post", JULY, 200, 10, JULY),
                ClassifiedPosts.stakeholderReply("ceo-derived", "derived-reply", "mastodon:derived-post",
                        JULY.plusSeconds(60), 99, -0.4)));

        await().atMost(PATIENCE).until(() -> indexOf("mastodon:derived-reply") != null);

        PostDocument post = get("mastodon:derived-post");
        assertThat(post.engagementRate()).isEqualTo(5.0);
        PostDocument reply = get("mastodon:derived-reply");
        assertThat(reply.replyWeight()).isCloseTo(Math.log(100), within(1e-9));
        assertThat(reply.weightedSentiment()).isCloseTo(-0.4 * Math.log(100), within(1e-9));
        assertThat(reply.sentimentClass()).hasToString("NEGATIVE");
        assertThat(reply.stance()).hasToString("SUPPORTIVE");
        assertThat(reply.cues()).containsExactly(ClassifiedPosts.APPROACH_CUE, ClassifiedPosts.REPLY_CUE);
        @SuppressWarnings("unchecked")
        Map<String, Object> source = elasticsearch.get(get -> get.index(names.posts(JULY))
                .id("mastodon:derived-reply"), Map.class).source();
        assertThat(source).containsEntry("sentimentClass", "negative").doesNotContainKeys("answersKey",
                "engagementRate");
    }

    @Test
    void linksAnExecutiveAnswerToTheStakeholderReplyItAnswersInTheSameBatchOrAnEarlierOne() throws Exception {
        topics.send(List.of(ClassifiedPosts.executivePost("ceo-answers", "a-post", JULY, 100, 0, JULY),
                ClassifiedPosts.stakeholderReply("ceo-answers", "a-earlier", "mastodon:a-post", JULY, 10, 0.2)));
        await().atMost(PATIENCE).until(() -> indexOf("mastodon:a-earlier") != null);

        Instant later = JULY.plusSeconds(3_600);
        topics.send(List.of(
                ClassifiedPosts.executiveReply("ceo-answers", "a-across", "mastodon:a-earlier", JULY.plusSeconds(1_800)),
                ClassifiedPosts.stakeholderReply("ceo-answers", "a-same", "mastodon:a-post", later, 10, 0.2),
                ClassifiedPosts.executiveReply("ceo-answers", "a-within", "mastodon:a-same", later.plusSeconds(90)),
                ClassifiedPosts.executiveReply("ceo-answers", "a-own-thread", "mastodon:a-post", later),
                ClassifiedPosts.executiveReply("ceo-answers", "a-unseen", "mastodon:never-indexed", later)));
        await().atMost(PATIENCE).until(() -> indexOf("mastodon:a-unseen") != null);

        assertThat(get("mastodon:a-across").answersKey()).isEqualTo("mastodon:a-earlier");
        assertThat(get("mastodon:a-across").answerSeconds()).isEqualTo(1_800);
        assertThat(get("mastodon:a-within").answersKey()).isEqualTo("mastodon:a-same");
        assertThat(get("mastodon:a-within").answerSeconds()).isEqualTo(90);
        assertThat(get("mastodon:a-own-thread").answersKey()).as("the parent is the executive's own").isNull();
        assertThat(get("mastodon:a-unseen").answersKey()).as("the parent is not indexed").isNull();
        assertThat(get("mastodon:a-unseen").answerSeconds()).isNull();
    }

    @Test
    void dropsAMonthIndexOnceAllOfItIsOlderThanTheRetention() throws Exception {
        YearMonth straddlingTheCutoff = YearMonth.now(ZoneOffset.UTC).minusMonths(12);
        String kept = names.posts(straddlingTheCutoff);
        String expired = names.posts(straddlingTheCutoff.minusMonths(1));
        elasticsearch.indices().create(create -> create.index(expired));
        elasticsearch.indices().create(create -> create.index(kept));

        await().atMost(PATIENCE).until(() -> !exists(expired));

        assertThat(exists(kept)).isTrue();
    }

    @Test
    void deadLettersAPostElasticsearchRefusesForGoodAndKeepsTheRestOfThePoll() throws Exception {
        // a month index someone created by hand with a clashing mapping: its posts can never be indexed
        String clashing = names.posts(YearMonth.of(2026, 3));
        elasticsearch.indices().create(create -> create.index(clashing)
                .mappings(mappings -> mappings.properties("text", text -> text.long_(number -> number))));
        topics.send(List.of(
                ClassifiedPosts.executivePost("ceo-refused", "refused", Instant.parse("2026-03-05T08:00:00Z"), 100, 0,
                        JULY),
                ClassifiedPosts.executivePost("ceo-refused", "accepted", JULY, 100, 0, JULY)));

        ConsumerRecord<String, byte[]> deadLetter = topics.deadLetter("ceo-refused", PATIENCE).orElseThrow();

        assertThat(TestTopics.header(deadLetter, KafkaHeaders.DLT_EXCEPTION_FQCN))
                .isEqualTo(DocumentRefusedException.class.getName());
        assertThat(TestTopics.header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("Elasticsearch refused the document: 400").contains("mastodon:refused");
        await().atMost(PATIENCE).until(() -> indexOf("mastodon:accepted") != null);
        assertThat(count("mastodon:refused")).isZero();
    }

    private String indexOf(String postKey) throws IOException {
        List<Hit<Void>> hits = elasticsearch.search(search -> search.index(names.posts())
                .query(query -> query.term(term -> term.field("postKey").value(postKey))), Void.class).hits().hits();
        return hits.isEmpty() ? null : hits.get(0).index();
    }

    private long count(String postKey) throws IOException {
        return elasticsearch.count(count -> count.index(names.posts())
                .query(query -> query.term(term -> term.field("postKey").value(postKey)))).count();
    }

    private PostDocument get(String postKey) throws IOException {
        String index = indexOf(postKey);
        return elasticsearch.get(get -> get.index(index).id(postKey), PostDocument.class).source();
    }

    private boolean exists(String index) throws IOException {
        return elasticsearch.indices().exists(exists -> exists.index(index)).value();
    }
}
