package io.rostrum.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The pages against a stand-in for analytics-service's query API. Its answers in {@code src/test/resources/analytics}
 * were recorded from the real API on the demo data (one post's text and link replaced by hostile ones).
 */
@SpringBootTest
@AutoConfigureWebTestClient
class DashboardPagesTests {

    private static final String NADIA = "founder-nadia-brandt";
    private static final String RECORDED_POST = "bluesky:3mvznqpyiyiyb";
    private static final MockWebServer analytics = new MockWebServer();
    private static final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    /** Set by a test to have the stand-in fail as an analytics-service in trouble would. */
    private static final AtomicBoolean analyticsFailing = new AtomicBoolean();

    @Autowired
    private WebTestClient web;

    @DynamicPropertySource
    static void analyticsApi(DynamicPropertyRegistry registry) throws IOException {
        analytics.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request);
                if (analyticsFailing.get()) {
                    return new MockResponse().setResponseCode(503);
                }
                if (!"Basic cm9zdHJ1bS1hcGk6czNjcmV0".equals(request.getHeader("Authorization"))) {
                    return new MockResponse().setResponseCode(401);
                }
                return answer(request);
            }
        });
        analytics.start();
        registry.add("rostrum.dashboard.analytics.url", () -> analytics.url("/").toString());
        registry.add("rostrum.dashboard.analytics.password", () -> "s3cret");
    }

    /** The recorded answer for each endpoint; metrics come back under the executive asked for. */
    private static MockResponse answer(RecordedRequest request) {
        String path = request.getRequestUrl().encodedPath();
        String executive = request.getRequestUrl().queryParameter("executiveId");
        String body = switch (path) {
            case "/api/executives" -> fixture("executives");
            case "/api/metrics" -> {
                String report = fixture("day".equals(request.getRequestUrl().queryParameter("interval"))
                        ? "metrics-day" : "metrics-week");
                yield executive == null ? report : report.replace(NADIA, executive);
            }
            case "/api/compare" -> fixture("compare");
            case "/api/alerts" -> fixture("alerts");
            case "/api/posts" -> {
                String keys = request.getRequestUrl().queryParameter("keys");
                // an alert's evidence: the recorded post stands in for the first post asked for
                yield keys == null ? fixture("posts") : fixture("posts").replace(RECORDED_POST, keys.split(",")[0]);
            }
            case "/api/search" -> fixture("search");
            case "/api/alerts/stream" -> null;
            default -> path.endsWith("/acknowledge") ? "{\"alertId\":\"x\"}" : "[]";
        };
        if (body == null) {
            return new MockResponse().setHeader("Content-Type", "text/event-stream")
                    .setBody("event:alert\nid:live-1\ndata:{\"alertId\":\"live-1\",\"type\":\"silence\"}\n\n");
        }
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    private static String fixture(String name) {
        try {
            return new ClassPathResource("analytics/" + name + ".json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopAnalytics() throws IOException {
        analytics.shutdown();
    }

    @BeforeEach
    void forgetRequests() {
        requests.clear();
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        web.get().uri("/").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/login");
    }

    @Test
    void showsACardPerExecutiveAndTheCohortOverARangeEndingOnTheLatestPost() {
        String page = page("/");

        assertThat(page).contains("data-executive-id=\"founder-nadia-brandt\"",
                "data-executive-id=\"ceo-ava-lindqvist\"", "id=\"cohort-totals\"", "Nadia Brandt", "Ava Lindqvist");
        // the latest post in executives.json is Nadia's on 2026-10-31: the default range is the 90 days to it
        assertThat(page).contains("value=\"2026-08-03\"", "value=\"2026-10-31\"");
        assertThat(requests).anySatisfy(request -> assertThat(request.getPath())
                .startsWith("/api/compare?from=2026-08-03&to=2026-10-31&zone=UTC&executiveIds=ceo-ava-lindqvist"));
        assertThat(page).contains("href=\"/executives/founder-nadia-brandt?from=2026-08-03&amp;to=2026-10-31"
                + "&amp;zone=UTC&amp;interval=week\"");
    }

    @Test
    void filtersAndSortsTheCards() {
        String page = page("/?filter=kestrel&sort=replies");

        assertThat(page).contains("Nadia Brandt").doesNotContain("data-executive-id=\"ceo-ava-lindqvist\"");
    }

    @Test
    void drawsAnExecutivesPageFromTheRangeInItsUrlAndEscapesPostText() {
        String page = page("/executives/" + NADIA + "?from=2026-09-08&to=2026-09-21&zone=Europe/Berlin&interval=week");

        assertThat(requests).anySatisfy(request -> assertThat(request.getPath()).isEqualTo(
                "/api/metrics?from=2026-09-08&to=2026-09-21&zone=Europe/Berlin&executiveId=" + NADIA
                        + "&interval=week&split=platform"));
        assertThat(page).contains("data-chart=\"approach-mix\"", "data-chart=\"cadence\"", "data-chart=\"response\"",
                "data-chart=\"reputation\"", "data-chart=\"stakeholder-mix\"", "data-chart=\"platform-split\"");
        assertThat(page).contains("&quot;kind&quot;:&quot;stacked&quot;", "&quot;kind&quot;:&quot;response&quot;");
        // the calendar and the bar charts are drawn here: 14 days from 2026-09-08, one cell each
        assertThat(page).contains("data-chart=\"cadence\" data-points=\"14\"", "<title>2026-09-08: ");
        assertThat(page).containsPattern("data-chart=\"stakeholder-mix\" data-points=\"[1-9]");
        assertThat(page).contains("Proud of the team &lt;img src=x onerror=alert(1)&gt; &amp; more")
                .doesNotContain("<img src=x").doesNotContain("javascript:alert");
        assertThat(page).contains("<option value=\"Europe/Berlin\" selected=\"selected\">");
    }

    @Test
    void searchesAnExecutivesPostsAndShowsOnlyEmphasisFromTheHighlights() {
        String page = page("/executives/" + NADIA + "?q=team&from=2026-09-08&to=2026-09-21");

        assertThat(requests).anySatisfy(request -> assertThat(request.getPath()).startsWith(
                "/api/search?from=2026-09-08&to=2026-09-21&zone=UTC&q=team&executiveId=" + NADIA));
        assertThat(page).contains("id=\"search-results\"", "<em>team</em>");
    }

    @Test
    void refusesARangeItCannotUseSayingWhichControl() {
        String page = web.mutateWith(mockUser()).get().uri("/executives/" + NADIA + "?from=2026-13-01").exchange()
                .expectStatus().isBadRequest().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("&#39;from&#39; must be a date such as 2026-07-31.");
        web.mutateWith(mockUser()).get().uri("/?zone=Mars/Olympus").exchange().expectStatus().isBadRequest();
        web.mutateWith(mockUser()).get().uri("/?interval=hour").exchange().expectStatus().isBadRequest();
    }

    @Test
    void comparesTheChosenExecutivesAndAsksForTwoToSix() {
        String page = page("/compare?executives=founder-nadia-brandt,ceo-ava-lindqvist");

        assertThat(page).contains("id=\"compare\"", "data-chart=\"compare-mix\"", "Nadia Brandt", "Ava Lindqvist");
        assertThat(requests).anySatisfy(request -> assertThat(request.getPath())
                .contains("executiveIds=founder-nadia-brandt,ceo-ava-lindqvist"));
        assertThat(page("/compare?executives=" + NADIA)).contains("Choose between 2 and 6 executives.");
    }

    @Test
    void listsAlertsWithTheirExplanationAndEvidenceAndOffersAcknowledgementToAdminsOnly() {
        String admin = web.mutateWith(mockUser("ana").roles("ADMIN")).get().uri("/alerts").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        String viewer = page("/alerts");

        assertThat(admin).contains("data-alert-id=", "Approach mix before and after the change",
                "Posts that drove it", "class=\"acknowledge\"");
        assertThat(viewer).contains("data-alert-id=").doesNotContain("class=\"acknowledge\"");
    }

    @Test
    void acknowledgesAnAlertInTheNameOfTheSignedInAdmin() {
        web.mutateWith(mockUser("ana").roles("ADMIN")).mutateWith(csrf()).post()
                .uri("/alerts/shift-1/acknowledge").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("status=open").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/alerts?type=&executive=&status=open");

        assertThat(requests).anySatisfy(request -> {
            assertThat(request.getMethod()).isEqualTo("POST");
            assertThat(request.getPath()).isEqualTo("/api/alerts/shift-1/acknowledge?onBehalfOf=ana");
        });
    }

    @Test
    void passesTheLiveAlertStreamThrough() {
        String events = web.mutate().responseTimeout(Duration.ofSeconds(10)).build().mutateWith(mockUser()).get()
                .uri("/alerts/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(events).contains("event:alert", "id:live-1", "\"alertId\":\"live-1\"");
    }

    @Test
    void printsAnEngagementProfileAgainstTheCohort() {
        String page = page("/executives/" + NADIA + "/profile?from=2026-09-08&to=2026-09-21");

        assertThat(page).contains("id=\"profile\"", "Engagement profile: Nadia Brandt", "Style mix", "Strengths",
                "What they shy away from", "Trend");
    }

    @Test
    void answersNotFoundForAnUnknownExecutiveWithTheDashboardsOwnPage() {
        for (String uri : List.of("/executives/nobody", "/executives/Not_An_Id")) {
            String page = web.mutateWith(mockUser()).get().uri(uri).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isNotFound().expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).contains("There is no such page or executive.", "Back to the overview");
        }
    }

    @Test
    void saysAnalyticsMayBeUnavailableWhenAPageCannotBeBuilt() {
        analyticsFailing.set(true);
        try {
            String page = web.mutateWith(mockUser()).get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().is5xxServerError().expectBody(String.class).returnResult().getResponseBody();
            assertThat(page).contains("analytics-service may be unavailable", "Back to the overview")
                    .doesNotContain("503", "Service Unavailable", "Whitelabel");
        } finally {
            analyticsFailing.set(false);
        }
    }

    private String page(String uri) {
        return web.mutate().responseTimeout(Duration.ofSeconds(30)).build().mutateWith(mockUser()).get().uri(uri)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
