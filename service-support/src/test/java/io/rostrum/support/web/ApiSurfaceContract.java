package io.rostrum.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What a service answers callers, for each service to run in its own context: every API path family refuses a
 * caller without valid credentials; of the actuator, only health and the Prometheus scrape are there, and open.
 * A subclass runs the service with {@code spring.security.user.name=api} and {@code .password=test-only}, a
 * {@link WebTestClient}, and names its API ({@link #apiCalls}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ApiSurfaceContract {

    @Autowired
    private WebTestClient web;

    /** One call per path family of the service's API, as {@link HttpMethod} and path. */
    protected abstract Stream<Arguments> apiCalls();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("apiCalls")
    void refusesEveryApiCallWithoutValidCredentials(HttpMethod method, String path) {
        web.method(method).uri(path).exchange().expectStatus().isUnauthorized();
        web.method(method).uri(path).headers(headers -> headers.setBasicAuth("api", "wrong")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void refusesAnUnknownPathWithoutCredentialsRatherThanSayingItIsNotThere() {
        web.get().uri("/api/not-yet-written").exchange().expectStatus().isUnauthorized();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/prometheus"})
    void leavesHealthAndTheScrapeOpen(String path) {
        web.get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void exposesHealthAndPrometheusOnly() {
        signedIn().get().uri("/actuator").exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Map<String, Object>>>() { })
                .value(index -> assertThat(index.get("_links"))
                        .containsOnlyKeys("self", "health", "health-path", "prometheus"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings",
            "metrics", "info", "conditions", "scheduledtasks", "shutdown"})
    void hasNoOtherActuatorEndpoint(String endpoint) {
        web.get().uri("/actuator/" + endpoint).exchange().expectStatus().isUnauthorized();
        signedIn().get().uri("/actuator/" + endpoint).exchange().expectStatus().isNotFound();
    }

    private WebTestClient signedIn() {
        return web.mutate().defaultHeaders(headers -> headers.setBasicAuth("api", "test-only")).build();
    }
}
