package io.rostrum.e2e.monitoring;

import io.rostrum.infra.stack.ChildProcess;
import io.rostrum.infra.stack.Ports;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's Prometheus ({@code apt-get install prometheus}, as .ci/run does) run with a copy of the committed
 * infra/prometheus directory: its prometheus.yml and rules as they are, plus a {@code targets/<job>.yml} file per
 * job pointing at the locally running services, which is where the committed config looks for targets outside
 * compose.
 */
final class PrometheusServer implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/bin/prometheus");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChildProcess process;
    private final URI url;

    private PrometheusServer(ChildProcess process, URI url) {
        this.process = process;
        this.url = url;
    }

    /** @param targets host:port of each scrape job, by job name */
    static PrometheusServer start(Path directory, Map<String, String> targets) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's prometheus package "
                    + "(apt-get install prometheus), as .ci/run does");
        }
        Path config = directory.resolve("prometheus");
        copy(MonitoringFiles.PROMETHEUS, config);
        for (Map.Entry<String, String> job : targets.entrySet()) {
            Files.writeString(config.resolve("targets").resolve(job.getKey() + ".yml"),
                    "- targets: ['" + job.getValue() + "']\n");
        }
        int port = Ports.free();
        ChildProcess process = ChildProcess.start("prometheus", List.of(BINARY.toString(),
                        "--config.file=" + config.resolve("prometheus.yml"),
                        "--storage.tsdb.path=" + directory.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + port),
                Map.of(), directory, directory.resolve("prometheus.log"), directory.resolve("prometheus.pid"));
        PrometheusServer server = new PrometheusServer(process, URI.create("http://127.0.0.1:" + port));
        process.awaitReady(server::ready, Duration.ofSeconds(60));
        return server;
    }

    /** The health of every active target, by job and instance. */
    Map<String, String> targetHealth() throws IOException, InterruptedException {
        JsonNode active = get("/api/v1/targets?state=active").get("data").get("activeTargets");
        return active.valueStream().collect(Collectors.toMap(
                target -> target.get("labels").get("job").asString() + " " + target.get("labels").get("instance")
                        .asString(), target -> target.get("health").asString()));
    }

    /** The series an instant query returns. */
    List<JsonNode> query(String promql) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).get("data")
                .get("result").valueStream().toList();
    }

    /** Rule groups as Prometheus loaded them, with each rule's health. */
    JsonNode rules() throws IOException, InterruptedException {
        return get("/api/v1/rules").get("data").get("groups");
    }

    Path log() {
        return process.log();
    }

    private boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(url.resolve("/-/ready")).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url.resolve(path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.createDirectories(to.resolve("targets"));
    }

    @Override
    public void close() {
        process.stop();
    }
}
