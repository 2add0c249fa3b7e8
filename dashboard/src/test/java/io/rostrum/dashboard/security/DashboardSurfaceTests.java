package io.rostrum.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockUser;

import java.io.IOException;
import java.util.Map;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What the dashboard answers someone who has not signed in: every page sends them to sign in; of the actuator,
 * only health and the Prometheus scrape are there, and open.
 */
@SpringBootTest
@AutoConfigureWebTestClient
class DashboardSurfaceTests {

    private static final MockWebServer analytics = new MockWebServer();

    @Autowired
    private WebTestClient web;

    @DynamicPropertySource
    static void analyticsAndAdmin(DynamicPropertyRegistry registry) throws IOException {
        // no executives: nothing for the start-up warm-up to open
        analytics.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse().setHeader("Content-Type", "application/json").setBody("[]");
            }
        });
        analytics.start();
        registry.add("rostrum.dashboard.analytics.url", () -> analytics.url("/").toString());
        registry.add("rostrum.dashboard.analytics.password", () -> "s3cret");
        registry.add("rostrum.dashboard.admin.username", () -> "ada");
        registry.add("rostrum.dashboard.admin.password", () -> "ada-acknowledges");
    }

    @AfterAll
    static void stopAnalytics() throws IOException {
        analytics.shutdown();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/executives/ceo-ava", "/executives/ceo-ava/profile", "/compare?executives=a,b",
            "/alerts", "/alerts/stream", "/not-yet-written"})
    void sendsEveryPageToTheSignIn(String path) {
        web.get().uri(path).exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/login");
    }

    @Test
    void sendsAnAcknowledgementToTheSignInAndRefusesOneWithoutItsCsrfToken() {
        web.mutateWith(csrf()).post().uri("/alerts/shift-1/acknowledge").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/login");
        web.post().uri("/alerts/shift-1/acknowledge").exchange().expectStatus().isForbidden();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/prometheus"})
    void leavesHealthAndTheScrapeOpen(String path) {
        web.get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void exposesHealthAndPrometheusOnly() {
        web.mutateWith(mockUser("ada").roles("ADMIN")).get().uri("/actuator").accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Map<String, Object>>>() { })
                .value(index -> assertThat(index.get("_links"))
                        .containsOnlyKeys("self", "health", "health-path", "prometheus"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings",
            "metrics", "info", "conditions", "scheduledtasks", "shutdown"})
    void hasNoOtherActuatorEndpointEvenForAnAdmin(String endpoint) {
        web.get().uri("/actuator/" + endpoint).exchange().expectStatus().is3xxRedirection();
        web.mutateWith(mockUser("ada").roles("ADMIN")).get().uri("/actuator/" + endpoint)
                .accept(MediaType.APPLICATION_JSON).exchange().expectStatus().isNotFound();
    }

    @Test
    void refusesASignInFormBeyondTheRequestLimit() {
        web.mutateWith(csrf()).post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("username=ada&password=" + "x".repeat(300 * 1024)).exchange()
                .expectStatus().isEqualTo(413);
    }
}
