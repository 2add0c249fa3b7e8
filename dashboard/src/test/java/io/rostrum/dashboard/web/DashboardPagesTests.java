package io.rostrum.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockUser;

import java.io.IOException;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The pages against a stand-in for analytics-service's query API, serving the JSON that API returns. */
@SpringBootTest
@AutoConfigureWebTestClient
class DashboardPagesTests {

    private static final String EXECUTIVES = """
            [{"executiveId":"ceo-ava-lindqvist","displayName":"Ava Lindqvist","role":"CEO",
              "organization":"Northwind Grid","platforms":["mastodon","bluesky"],"posts":412,
              "executiveReplies":37,"reposts":21,"stakeholderReplies":5120,"lastPostAt":"2026-10-30T08:00:00Z"}]""";
    private static final String POSTS = """
            [{"postKey":"mastodon:1","platform":"mastodon","kind":"executive-post",
              "createdAt":"2026-10-30T08:00:00Z","text":"Grid results <script>alert('x')</script> are out",
              "url":"javascript:alert(1)","metrics":{"replies":3,"reposts":1,"likes":9,"quotes":0,
              "observedAt":"2026-10-30T09:00:00Z"},"approaches":["informing"]}]""";

    private static final MockWebServer analytics = new MockWebServer();

    @Autowired
    private WebTestClient web;

    @DynamicPropertySource
    static void analyticsApi(DynamicPropertyRegistry registry) throws IOException {
        analytics.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (!"Basic cm9zdHJ1bS1hcGk6czNjcmV0".equals(request.getHeader("Authorization"))) {
                    return new MockResponse().setResponseCode(401);
                }
                String body = request.getPath().startsWith("/api/executives/ceo-ava-lindqvist/posts") ? POSTS
                        : EXECUTIVES;
                return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
            }
        });
        analytics.start();
        registry.add("rostrum.dashboard.analytics.url", () -> analytics.url("/").toString());
        registry.add("rostrum.dashboard.analytics.password", () -> "s3cret");
    }

    @AfterAll
    static void stopAnalytics() throws IOException {
        analytics.shutdown();
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        web.get().uri("/").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/login");
    }

    @Test
    void listsExecutivesWithTheirCountsAndLatestPosts() {
        String page = web.mutateWith(mockUser()).get().uri("/").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("Ava Lindqvist", "Northwind Grid", ">412<", ">37<", ">21<", ">5,120<",
                "Grid results");
    }

    @Test
    void escapesPostTextAndDropsNonWebLinks() {
        String page = web.mutateWith(mockUser()).get().uri("/executives/ceo-ava-lindqvist").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert").doesNotContain("javascript:alert");
    }

    @Test
    void answersNotFoundForAnUnknownExecutive() {
        web.mutateWith(mockUser()).get().uri("/executives/nobody").exchange().expectStatus().isNotFound();
    }
}
