package io.rostrum.infra.launcher;

import io.rostrum.infra.stack.ChildProcess;
import io.rostrum.infra.stack.Ports;
import io.rostrum.infra.stack.StackException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The four services of one Rostrum deployment, run as child processes from their built jars against a Kafka and
 * an Elasticsearch. The demo runs one with the default namespace; each end-to-end test runs its own, with a
 * unique namespace for topics, consumer groups and indices.
 */
public final class Deployment implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Settings settings;
    private final Map<RostrumService, ChildProcess> running = new EnumMap<>(RostrumService.class);

    public Deployment(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param namespace     prefix of topics, consumer groups and indices ("" for the demo)
     * @param stateDir      where services keep local state (ingest's import ledger, the dashboard's initial admin)
     * @param runDir        where the services' logs and pid files go
     * @param loadDemoData  whether ingest-service loads the bundled demo dataset (once)
     * @param extraArguments further {@code --key=value} arguments per service, e.g. to slow one down in a test
     */
    public record Settings(Path home, String kafkaBootstrap, String elasticsearchUrl, String namespace,
                           Map<RostrumService, Integer> ports, Path stateDir, Path runDir, Credentials credentials,
                           boolean loadDemoData, Map<RostrumService, List<String>> extraArguments) {

        public Settings {
            ports = Map.copyOf(ports);
            extraArguments = Map.copyOf(extraArguments);
        }

        public int port(RostrumService service) {
            return ports.getOrDefault(service, service.defaultPort());
        }

        public URI url(RostrumService service) {
            return URI.create("http://127.0.0.1:" + port(service));
        }
    }

    public Settings settings() {
        return settings;
    }

    /** Starts every service not yet running, all at once, and waits until each answers its health check. */
    public void startAll() {
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (RostrumService service : RostrumService.values()) {
            if (!running.containsKey(service)) {
                starts.add(CompletableFuture.runAsync(() -> start(service)));
            }
        }
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            close();
            throw e.getCause() instanceof StackException stack ? stack : e;
        }
    }

    public void start(RostrumService service) {
        Ports.requireFree(settings.port(service), service.module());
        ChildProcess process = ChildProcess.start(service.module(), command(service), environment(service),
                settings.home(), settings.runDir().resolve(service.module() + ".log"),
                settings.runDir().resolve(service.module() + ".pid"));
        synchronized (running) {
            running.put(service, process);
        }
        URI liveness = settings.url(service).resolve("/actuator/health/liveness");
        process.awaitReady(() -> answers(liveness), START_TIMEOUT);
    }

    /** The service's process while it runs, e.g. to read its memory use. */
    public Optional<ChildProcess> process(RostrumService service) {
        synchronized (running) {
            return Optional.ofNullable(running.get(service));
        }
    }

    /** Stops a service the way Ctrl-C or a deployment would: SIGTERM, then a grace period. */
    public void stop(RostrumService service) {
        Optional.ofNullable(remove(service)).ifPresent(ChildProcess::stop);
    }

    /** Kills a service with SIGKILL, as a crash would. */
    public void kill(RostrumService service) {
        Optional.ofNullable(remove(service)).ifPresent(ChildProcess::kill);
    }

    /** Stops the services in reverse order of the data flow, so nothing is left mid-way for long. */
    @Override
    public void close() {
        for (RostrumService service : List.of(RostrumService.DASHBOARD, RostrumService.INGEST,
                RostrumService.CLASSIFY, RostrumService.ANALYTICS)) {
            stop(service);
        }
    }

    private ChildProcess remove(RostrumService service) {
        synchronized (running) {
            return running.remove(service);
        }
    }

    private List<String> command(RostrumService service) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xms128m", "-Xmx512m"));
        if (service == RostrumService.DASHBOARD) {
            // light on CPU, and its first pages matter more than peak speed: the quick compiler alone warms up in
            // a fraction of the time on a small machine (first overview 0.91 s against 1.07 s, then 0.30 s
            // against 0.52 s, 2 cores, docs/benchmarks.md)
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-jar", service.jar(settings.home()).toString(),
                "--server.port=" + settings.port(service)));
        String namespace = settings.namespace();
        switch (service) {
            case INGEST -> command.addAll(List.of(
                    "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrap(),
                    "--rostrum.ingest.topic-prefix=" + namespace,
                    "--rostrum.ingest.state-dir=" + settings.stateDir().resolve("ingest"),
                    "--rostrum.ingest.demo.enabled=" + settings.loadDemoData(),
                    // the demo's executives and accounts are fictional: there is nothing to poll
                    "--rostrum.ingest.polling.enabled=" + !settings.loadDemoData()));
            case CLASSIFY -> command.addAll(List.of(
                    "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrap(),
                    "--rostrum.classify.topic-prefix=" + namespace));
            case ANALYTICS -> command.addAll(List.of(
                    "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrap(),
                    "--spring.elasticsearch.uris=" + settings.elasticsearchUrl(),
                    "--rostrum.analytics.topic-prefix=" + namespace,
                    "--rostrum.analytics.index-prefix=" + namespace,
                    "--rostrum.analytics.state-dir=" + settings.stateDir().resolve("analytics"),
                    // the demo's posts all lie in the past: silences are measured against its own time
                    "--rostrum.analytics.detectors.clock=" + (settings.loadDemoData() ? "stream" : "wall")));
            case DASHBOARD -> command.addAll(List.of(
                    "--rostrum.dashboard.analytics.url=" + settings.url(RostrumService.ANALYTICS),
                    "--rostrum.dashboard.state-dir=" + settings.stateDir().resolve("dashboard")));
        }
        command.addAll(settings.extraArguments().getOrDefault(service, List.of()));
        return command;
    }

    /** Secrets travel in the environment, not on the command line where `ps` would show them. */
    private Map<String, String> environment(RostrumService service) {
        Credentials credentials = settings.credentials();
        if (service == RostrumService.DASHBOARD) {
            // the dashboard's initial admin: the comms team's login
            return Map.of("ROSTRUM_ADMIN_USERNAME", credentials.dashboardUser(),
                    "ROSTRUM_ADMIN_PASSWORD", credentials.dashboardPassword(),
                    "ROSTRUM_API_USER", credentials.apiUser(),
                    "ROSTRUM_API_PASSWORD", credentials.apiPassword());
        }
        return Map.of("SPRING_SECURITY_USER_NAME", credentials.apiUser(),
                "SPRING_SECURITY_USER_PASSWORD", credentials.apiPassword());
    }

    static boolean answers(URI uri) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET()
                    .build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
