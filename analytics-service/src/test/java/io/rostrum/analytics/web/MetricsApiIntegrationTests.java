package io.rostrum.analytics.web;

import static io.rostrum.analytics.web.PostsFixture.ADA;
import static io.rostrum.analytics.web.PostsFixture.BO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.rostrum.analytics.AnalyticsTestStack;
import io.rostrum.analytics.query.Bucket;
import io.rostrum.analytics.query.Comparison;
import io.rostrum.analytics.query.Figures;
import io.rostrum.analytics.query.MetricsReport;
import io.rostrum.infra.junit.LocalStackExtension;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * /api/metrics, /api/metrics.csv and /api/compare against a real Elasticsearch node holding {@link PostsFixture}.
 * Each expected number is worked out by hand from the fixture in the comment next to it.
 */
@ExtendWith(LocalStackExtension.class)
// closed after the class, while the stack is still up: its consumers and streams stop cleanly
@DirtiesContext
@SpringBootTest(properties = {"spring.security.user.name=api", "spring.security.user.password=test-only"})
@AutoConfigureWebTestClient
class MetricsApiIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("metrics-it") + ".";
    private static final Offset<Double> CLOSE = within(1e-6);
    private static final String TWO_WEEKS = "from=2026-07-06&to=2026-07-19";
    private static boolean fixtureWritten;

    @Autowired
    private WebTestClient web;

    @Autowired
    private ElasticsearchClient elasticsearch;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        AnalyticsTestStack.register(registry, PREFIX, 1);
    }

    @BeforeEach
    void fixture() throws Exception {
        if (!fixtureWritten) {
            PostsFixture.write(elasticsearch, PREFIX + "rostrum-posts");
            fixtureWritten = true;
        }
    }

    @Test
    void computesEveryFigureOfOneExecutiveOverTheWindow() {
        Figures total = metrics("/api/metrics?executiveId=" + ADA + "&" + TWO_WEEKS).total();

        // executive posts P1..P5 (P0 is before the window); means: celebrating (.1+1)/5, informing (.7+.5)/5,
        // dialoguing (.1+.5+1)/5, framing (.1+1)/5
        assertThat(total.approachMix().posts()).isEqualTo(5);
        assertThat(total.approachMix().shares().get("celebrating")).isCloseTo(0.22, CLOSE);
        assertThat(total.approachMix().shares().get("informing")).isCloseTo(0.24, CLOSE);
        assertThat(total.approachMix().shares().get("dialoguing")).isCloseTo(0.32, CLOSE);
        assertThat(total.approachMix().shares().get("framing")).isCloseTo(0.22, CLOSE);
        assertThat(total.approachMix().shares().get("mobilizing")).isCloseTo(0.0, CLOSE);
        // -(2 × .22 ln .22 + .24 ln .24 + .32 ln .32) = 1.373343; / ln 6 = 0.766477
        assertThat(total.repertoireComplexity().value()).isCloseTo(0.766477, within(1e-5));
        // own: P1 P2 P3 R1 P4 P5 R2 RP1 R3 = 9, reciprocal P2 P3 R1 R3 = 4
        assertThat(total.reciprocityRate().value()).isCloseTo(4 / 9.0, CLOSE);
        assertThat(total.reciprocityRate().denominator()).isEqualTo(9);
        // replies s1 s2 s3 s4 s5 s7 = 6; answered within 48 h: s1 (1 h), s5 (2 h); s3 took 72 h
        assertThat(total.responsiveness().answeredWithin48h().value()).isCloseTo(2 / 6.0, CLOSE);
        assertThat(total.responsiveness().answeredWithin48h().numerator()).isEqualTo(2);
        // median of 3600, 7200, 259200 s
        assertThat(total.responsiveness().medianAnswerSeconds()).isCloseTo(7200.0, within(1.0));
        assertThat(total.responsiveness().answers()).isEqualTo(3);
        // 9 own posts in 2 weeks; hourly gaps 0 (P1, P2 same hour) 24 27 117 24 49 23 27: mean 36.375,
        // population sd 32.8707, cv 0.903662
        assertThat(total.cadence().postsPerWeek()).isCloseTo(4.5, CLOSE);
        assertThat(total.cadence().longestSilenceHours()).isEqualTo(117);
        assertThat(total.cadence().gapVariation()).isCloseTo(0.903662, within(1e-5));
        assertThat(total.cadence().gaps()).isEqualTo(8);
        // 6 stakeholder replies / 9 own posts
        assertThat(total.repliesPerPost().value()).isCloseTo(6 / 9.0, CLOSE);
        // 10 + 20 + 30 + 40 + 5 = 105; rates of the 8 posts that carry one (not RP1): (1+2+3+4+.5)/8
        assertThat(total.engagement().total()).isEqualTo(105);
        assertThat(total.engagement().averageRate()).isCloseTo(1.3125, CLOSE);
        assertThat(total.engagement().ratedPosts()).isEqualTo(8);
        // positive s1 s3 s4, negative s2 s5, neutral s7: (3 - 2) / 6
        assertThat(total.netSentiment().value()).isCloseTo(1 / 6.0, CLOSE);
        // 07-13..07-19: s3 .3×2 + s4 .8×1 + s5 -.6×2 + s7 .02×1 = 0.22 over weights 6 → 100 × .22 / 6
        assertThat(total.reputation().score()).isCloseTo(100 * 0.22 / 6, within(1e-4));
        assertThat(total.reputation().weightTotal()).isCloseTo(6.0, CLOSE);
        assertThat(total.reputation().replies()).isEqualTo(4);
        assertThat(List.of(total.reputation().positive(), total.reputation().negative(),
                total.reputation().neutral())).containsExactly(2L, 1L, 1L);
        assertThat(total.reputation().from()).isEqualTo(LocalDate.parse("2026-07-13"));
        assertThat(total.stakeholderMix().byGroup()).containsExactlyInAnyOrderEntriesOf(Map.of("employees", 2L,
                "investors", 2L, "media", 1L, "general-public", 1L));
    }

    @Test
    void splitsTheWindowIntoWeeksEachWithItsOwnFigures() {
        List<Bucket> weeks = metrics("/api/metrics?executiveId=" + ADA + "&interval=week&" + TWO_WEEKS).buckets();

        assertThat(weeks).extracting(Bucket::from).containsExactly(LocalDate.parse("2026-07-06"),
                LocalDate.parse("2026-07-13"));
        Figures first = weeks.get(0).figures();
        Figures second = weeks.get(1).figures();
        // week 1: P1 P2 P3 R1; P1..P3 too few for complexity; informing (.7+.5)/3
        assertThat(first.cadence().ownPosts()).isEqualTo(4);
        assertThat(first.cadence().postsPerWeek()).isCloseTo(4.0, CLOSE);
        assertThat(first.approachMix().shares().get("informing")).isCloseTo(0.4, CLOSE);
        assertThat(first.repertoireComplexity().value()).isNull();
        // gaps 0 24 27: longest 27, mean 17, population sd 12.0830, cv 0.710767
        assertThat(first.cadence().longestSilenceHours()).isEqualTo(27);
        assertThat(first.cadence().gapVariation()).isCloseTo(0.710767, within(1e-5));
        // s1 answered within 48 h of s1, s2
        assertThat(first.responsiveness().answeredWithin48h().value()).isCloseTo(0.5, CLOSE);
        // 07-06..07-12: s1 .6×1 + s2 -.4×3 = -0.6 over weights 4
        assertThat(first.reputation().score()).isCloseTo(-15.0, within(1e-4));
        // week 2: P4 P5 R2 RP1 R3; replies s3 s4 s5 s7, only s5 answered within 48 h; gaps 24 49 23 27
        assertThat(second.cadence().ownPosts()).isEqualTo(5);
        assertThat(second.cadence().longestSilenceHours()).isEqualTo(49);
        assertThat(second.responsiveness().answeredWithin48h().value()).isCloseTo(0.25, CLOSE);
        assertThat(second.reputation().score()).isCloseTo(100 * 0.22 / 6, within(1e-4));
    }

    @Test
    void bucketsDaysInTheReadersTimeZoneAndLooksBackBeforeTheWindowForReputation() {
        MetricsReport report = metrics("/api/metrics?executiveId=" + ADA
                + "&from=2026-07-06&to=2026-07-08&interval=day&zone=Europe/Berlin");

        // P0 at 23:00 UTC on the 5th is 01:00 on the 6th in Berlin
        assertThat(report.buckets()).extracting(bucket -> bucket.figures().cadence().ownPosts())
                .containsExactly(3L, 1L, 1L);
        assertThat(report.buckets()).extracting(Bucket::from).containsExactly(LocalDate.parse("2026-07-06"),
                LocalDate.parse("2026-07-07"), LocalDate.parse("2026-07-08"));
        // 06-30..07-06: only s0 (.5 × 2) / 2; 07-02..07-08: s0 1.0 + s1 .6 - s2 1.2 = .4 over 6
        assertThat(report.buckets().get(0).figures().reputation().score()).isCloseTo(50.0, within(1e-4));
        assertThat(report.buckets().get(2).figures().reputation().score()).isCloseTo(100 * 0.4 / 6, within(1e-4));
        assertThat(report.buckets().get(1).figures().reputation().replies()).isEqualTo(1);
    }

    @Test
    void splitsTheWindowByPlatformAndFiltersToOne() {
        assertThat(metrics("/api/metrics?executiveId=" + ADA + "&" + TWO_WEEKS).platforms())
                .as("only when asked for").isEmpty();
        MetricsReport report = metrics("/api/metrics?executiveId=" + ADA + "&split=platform&" + TWO_WEEKS);

        assertThat(report.platforms()).containsOnlyKeys("mastodon", "bluesky");
        Figures bluesky = report.platforms().get("bluesky");
        // P3 R2 own; s3 s4 s7 replies, none answered within 48 h; reputation (.6 + .8 + .02) / (2 + 1 + 1)
        assertThat(bluesky.cadence().ownPosts()).isEqualTo(2);
        assertThat(bluesky.responsiveness().answeredWithin48h().value()).isCloseTo(0.0, CLOSE);
        assertThat(bluesky.reputation().score()).isCloseTo(35.5, within(1e-4));
        // P1 P2 R1 P4 P5 RP1 R3; reputation s5 alone: -.6
        assertThat(report.platforms().get("mastodon").cadence().ownPosts()).isEqualTo(7);
        assertThat(report.platforms().get("mastodon").reputation().score()).isCloseTo(-60.0, within(1e-4));

        Figures onlyBluesky = metrics("/api/metrics?executiveId=" + ADA + "&platform=bluesky&" + TWO_WEEKS).total();
        assertThat(onlyBluesky.cadence().ownPosts()).isEqualTo(2);
        assertThat(onlyBluesky.reputation().score()).isCloseTo(35.5, within(1e-4));
    }

    @Test
    void coversTheWholeCohortWithoutAnExecutive() {
        Figures cohort = metrics("/api/metrics?" + TWO_WEEKS).total();

        // ada's 5 + B1 executive posts; informing (.7 + .5 + 1) / 6
        assertThat(cohort.approachMix().posts()).isEqualTo(6);
        assertThat(cohort.approachMix().shares().get("informing")).isCloseTo(2.2 / 6, CLOSE);
        // 9 + 2 own posts, 6 + 1 replies, answered s1 s5 b-s1, engagement 105 + 100
        assertThat(cohort.cadence().ownPosts()).isEqualTo(11);
        assertThat(cohort.responsiveness().answeredWithin48h().value()).isCloseTo(3 / 7.0, CLOSE);
        assertThat(cohort.engagement().total()).isEqualTo(205);
        // 11 own posts in 2 weeks; gaps between different people's posts would mean nothing
        assertThat(cohort.cadence().postsPerWeek()).isCloseTo(5.5, CLOSE);
        assertThat(cohort.cadence().longestSilenceHours()).isNull();
    }

    @Test
    void comparesExecutivesSideBySideIncludingOneWithoutPosts() {
        Comparison comparison = api().get().uri("/api/compare?executiveIds=" + ADA + "," + BO + ",coo-nobody&"
                        + TWO_WEEKS).exchange()
                .expectStatus().isOk().expectBody(Comparison.class).returnResult().getResponseBody();

        assertThat(comparison.executives()).extracting(Comparison.ExecutiveMetrics::executiveId)
                .containsExactly(ADA, BO, "coo-nobody");
        Figures ada = comparison.executives().get(0).total();
        Figures bo = comparison.executives().get(1).total();
        Figures nobody = comparison.executives().get(2).total();
        assertThat(ada.reciprocityRate().value()).isCloseTo(4 / 9.0, CLOSE);
        assertThat(ada.reputation().score()).isCloseTo(100 * 0.22 / 6, within(1e-4));
        // B1 B2, B2 reciprocal; b-s1 answered after 1 h; no replies 07-13..07-19
        assertThat(bo.reciprocityRate().value()).isCloseTo(0.5, CLOSE);
        assertThat(bo.responsiveness().answeredWithin48h().value()).isCloseTo(1.0, CLOSE);
        assertThat(bo.responsiveness().medianAnswerSeconds()).isCloseTo(3600.0, within(1.0));
        assertThat(bo.engagement().total()).isEqualTo(100);
        assertThat(bo.reputation().score()).isNull();
        assertThat(nobody.cadence().ownPosts()).isZero();
        assertThat(nobody.reciprocityRate().value()).isNull();
        assertThat(comparison.executives().get(1).buckets()).hasSize(2);
    }

    @Test
    void exportsOneCsvRowPerBucket() throws Exception {
        String body = api().get().uri("/api/metrics.csv?executiveId=" + ADA + "&" + TWO_WEEKS).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\".*\\.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();

        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(body))
                .getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("executiveId")).isEqualTo(ADA);
        assertThat(rows.get(0).get("from")).isEqualTo("2026-07-06");
        assertThat(rows.get(0).get("ownPosts")).isEqualTo("4");
        assertThat(rows.get(0).get("mix.informing")).isEqualTo("0.4");
        assertThat(rows.get(0).get("repertoireComplexity")).isEmpty();
        assertThat(rows.get(0).get("reputation")).as("a negative number stays a number").isEqualTo("-15");
        assertThat(rows.get(1).get("longestSilenceHours")).isEqualTo("49");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/metrics?to=2026-07-19|from",
        "/api/metrics?from=2026-07-06|to",
        "/api/metrics?from=2026-07-06&to=19.07.2026|to",
        "/api/metrics?from=2026-07-19&to=2026-07-06|to",
        "/api/metrics?from=2024-01-01&to=2026-07-06|to",
        "/api/metrics?executiveId=Ada!&" + TWO_WEEKS + "|executiveId",
        "/api/metrics?interval=month&" + TWO_WEEKS + "|interval",
        "/api/metrics?platform=myspace&" + TWO_WEEKS + "|platform",
        "/api/metrics?zone=Mars/Olympus&" + TWO_WEEKS + "|zone",
        "/api/metrics?split=country&" + TWO_WEEKS + "|split",
        "/api/metrics.csv?interval=hour&" + TWO_WEEKS + "|interval",
        "/api/compare?executiveIds=&" + TWO_WEEKS + "|executiveIds",
        "/api/compare?executiveIds=ceo-ada,ceo-ada&" + TWO_WEEKS + "|executiveIds",
        "/api/compare?executiveIds=ceo-ada,&" + TWO_WEEKS + "|executiveIds",
    })
    void refusesAnInvalidParameterWithAProblemDetailNamingIt(String uri, String parameter) {
        api().get().uri(uri).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.parameter").isEqualTo(parameter)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith(parameter + " "));
    }

    @Test
    void comparesOneExecutiveAloneWithTheSameFiguresAsTheirMetrics() {
        Comparison alone = api().get().uri("/api/compare?executiveIds=" + ADA + "&" + TWO_WEEKS).exchange()
                .expectStatus().isOk().expectBody(Comparison.class).returnResult().getResponseBody();
        MetricsReport metrics = api().get().uri("/api/metrics?executiveId=" + ADA + "&" + TWO_WEEKS).exchange()
                .expectStatus().isOk().expectBody(MetricsReport.class).returnResult().getResponseBody();

        assertThat(alone.executives()).singleElement().satisfies(member -> {
            assertThat(member.total()).isEqualTo(metrics.total());
            assertThat(member.buckets()).isEqualTo(metrics.buckets());
        });
    }

    @Test
    void refusesMoreExecutivesThanOneComparisonHolds() {
        String ids = String.join(",", IntStream.rangeClosed(0, MetricsController.MAX_COMPARED)
                .mapToObj(index -> "ceo-" + index).toList());
        api().get().uri("/api/compare?executiveIds=" + ids + "&" + TWO_WEEKS).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.parameter").isEqualTo("executiveIds");
    }

    @Test
    void listsAnExecutivesPostsInTheWindowNewestFirstWithTheSentimentOfTheirReplies() {
        JsonNode posts = json("/api/posts?executiveId=" + ADA + "&from=2026-07-06&to=2026-07-08");

        // own posts P1 P2 P3 R1 in the window (P0 is before it, replies are not the executive's)
        assertThat(posts.findValuesAsString("postKey")).containsExactly("mastodon:r1", "bluesky:p3",
                "mastodon:p2", "mastodon:p1");
        // P2 was answered by s1 (positive) and s2 (negative): net (1 - 1) / 2
        JsonNode p2 = posts.get(2).get("replies");
        assertThat(List.of(p2.get("positive").asLong(), p2.get("negative").asLong(), p2.get("neutral").asLong()))
                .containsExactly(1L, 1L, 0L);
        assertThat(p2.get("value").asDouble()).isCloseTo(0.0, CLOSE);
        assertThat(posts.get(0).get("replies").get("value").isNull()).as("no replies, no sentiment").isTrue();
    }

    @Test
    void looksUpNamedPostsSuchAsAnAlertsEvidence() {
        JsonNode posts = json("/api/posts?keys=mastodon:s2,mastodon:p4");

        assertThat(posts.findValuesAsString("postKey")).containsExactly("mastodon:p4", "mastodon:s2");
        api().get().uri("/api/posts?keys=bad%20key").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("keys");
        api().get().uri("/api/posts").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("executiveId");
    }

    @Test
    void refusesCallersWithoutCredentials() {
        web.get().uri("/api/metrics?" + TWO_WEEKS).exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/metrics.csv?" + TWO_WEEKS).exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/compare?executiveIds=a,b&" + TWO_WEEKS).exchange().expectStatus().isUnauthorized();
    }

    private JsonNode json(String uri) {
        return JsonMapper.shared().readTree(api().get().uri(uri).exchange().expectStatus().isOk().expectBody()
                .returnResult().getResponseBody());
    }

    private MetricsReport metrics(String uri) {
        return api().get().uri(uri).exchange().expectStatus().isOk().expectBody(MetricsReport.class).returnResult()
                .getResponseBody();
    }

    private WebTestClient api() {
        return web.mutate().responseTimeout(Duration.ofSeconds(30))
                .defaultHeaders(headers -> headers.setBasicAuth("api", "test-only")).build();
    }
}
