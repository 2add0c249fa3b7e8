package io.rostrum.e2e.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What can be checked of the compose stack and the monitoring configuration without a Docker engine: the compose
 * file with Debian's docker-compose, the Prometheus config and rules with promtool, including the rules' unit
 * tests. .ci/run installs both packages.
 */
class OperationsConfigTests {

    private static final Path COMPOSE_FILE = MonitoringFiles.INFRA.resolve("docker-compose.yml");
    private static final Path ENV_EXAMPLE = MonitoringFiles.INFRA.resolve(".env.example");

    @Test
    void theComposeFileIsValidWithTheExampleEnvironmentAndEveryProfile() throws Exception {
        assertSucceeds(List.of("docker-compose", "-f", COMPOSE_FILE.toString(), "--env-file", ENV_EXAMPLE.toString(),
                "config", "-q"));
        assertSucceeds(List.of("docker-compose", "-f", COMPOSE_FILE.toString(), "--env-file", ENV_EXAMPLE.toString(),
                "--profile", "demo", "--profile", "multi-broker", "config", "-q"));
    }

    @Test
    void thePrometheusConfigAndRulesPassPromtool() throws Exception {
        assertSucceeds(List.of("promtool", "check", "config",
                MonitoringFiles.PROMETHEUS.resolve("prometheus.yml").toString()));
        List<String> rules = new ArrayList<>(List.of("promtool", "check", "rules"));
        MonitoringFiles.ruleFiles().forEach(file -> rules.add(file.toString()));
        assertThat(MonitoringFiles.ruleFiles()).isNotEmpty();
        assertSucceeds(rules);
    }

    @Test
    void everyAlertRuleFiresAndStaysQuietAsItsUnitTestsSay() throws Exception {
        assertSucceeds(List.of("promtool", "test", "rules",
                MonitoringFiles.PROMETHEUS.resolve("tests").resolve("rules-test.yml").toString()));
    }

    @Test
    void everyGrafanaDashboardIsJsonWithPanels() {
        assertThat(MonitoringFiles.dashboards()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(MonitoringFiles.dashboardExpressions()).isNotEmpty();
    }

    private static void assertSucceeds(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("ops-check", ".log");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(MonitoringFiles.INFRA.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
        } catch (IOException missing) {
            throw new AssertionError(command.get(0) + " is not installed: .ci/run installs it with apt-get "
                    + "(docker-compose, prometheus)", missing);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished within 60 s", command).isTrue();
        assertThat(process.exitValue()).as("exit status of %s; it printed:%n%s", String.join(" ", command),
                Files.readString(output, StandardCharsets.UTF_8)).isZero();
    }
}
