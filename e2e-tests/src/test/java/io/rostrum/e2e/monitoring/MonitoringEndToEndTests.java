package io.rostrum.e2e.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.e2e.TestDeployments;
import io.rostrum.infra.junit.LocalStackExtension;
import io.rostrum.infra.junit.TestStack;
import io.rostrum.infra.launcher.Deployment;
import io.rostrum.infra.launcher.RostrumService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monitoring configuration against the real services: every metric a rule or a dashboard panel reads is one a
 * running service exports, and Debian's Prometheus, run with the committed scrape config, finds every service up
 * and a consumer-lag series.
 */
@ExtendWith(LocalStackExtension.class)
class MonitoringEndToEndTests {

    /** The committed config's scrape jobs, one per service. */
    private static final Map<RostrumService, String> JOBS = Map.of(RostrumService.INGEST, "ingest-service",
            RostrumService.CLASSIFY, "classify-service", RostrumService.ANALYTICS, "analytics-service",
            RostrumService.DASHBOARD, "dashboard");
    /** Prometheus scrapes every 15 s and the services measure consumer lag every 15 s. */
    private static final Duration SCRAPED = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyRuleAndPanelReadsExportedMetricsAndPrometheusScrapesEveryServiceWithTheCommittedConfig(
            TestStack stack, @TempDir Path state) throws Exception {
        try (Deployment deployment = TestDeployments.create(stack, "e2e-monitoring", state, Map.of())) {
            deployment.startAll();
            Map<String, String> targets = JOBS.entrySet().stream().collect(Collectors.toMap(Map.Entry::getValue,
                    job -> "127.0.0.1:" + deployment.settings().port(job.getKey())));
            try (PrometheusServer prometheus = PrometheusServer.start(state.resolve("prometheus"), targets)) {
                await().atMost(SCRAPED).pollInterval(Duration.ofSeconds(1)).until(prometheus::targetHealth,
                        health -> health.size() == JOBS.size() && health.values().stream().allMatch("up"::equals));
                await().atMost(SCRAPED).pollInterval(Duration.ofSeconds(1))
                        .until(() -> prometheus.query("rostrum_kafka_consumer_lag"), series -> !series.isEmpty());
                // every series is there now, lag included (measured 15 s after start, once groups commit)
                Set<String> known = new HashSet<>(MonitoringFiles.recordedNames());
                known.add("up"); // Prometheus's own, per target
                for (RostrumService service : JOBS.keySet()) {
                    known.addAll(exportedNames(deployment.settings().url(service)));
                }

                Map<String, String> expressions = new LinkedHashMap<>(MonitoringFiles.ruleExpressions());
                expressions.putAll(MonitoringFiles.dashboardExpressions());
                assertThat(MonitoringFiles.ruleExpressions()).as("alerting and recording rules").isNotEmpty();
                assertThat(MonitoringFiles.dashboardExpressions()).as("dashboard panels").isNotEmpty();
                expressions.forEach((where, expression) -> assertThat(PromqlNames.of(expression))
                        .as("metrics read by %s: %s", where, expression).isNotEmpty().isSubsetOf(known));
                await().atMost(SCRAPED).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        assertThat(prometheus.rules().findValues("health")).as("rule health, see %s",
                                prometheus.log()).isNotEmpty().allSatisfy(health ->
                                assertThat(health.asString()).isEqualTo("ok")));
            }
        }
    }

    /** The metric names in a service's Prometheus exposition. */
    private static Set<String> exportedNames(URI service) throws IOException, InterruptedException {
        HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).as("scrape of %s", service).isEqualTo(200);
        return Arrays.stream(scrape.body().split("\n")).filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
    }
}
