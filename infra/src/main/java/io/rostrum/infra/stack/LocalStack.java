package io.rostrum.infra.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Kafka and Elasticsearch together, started in parallel and stopped together. Each node can also be stopped and
 * started again on its own, on the same port and data, as a fault-injection test takes one away and back.
 */
public final class LocalStack implements AutoCloseable {

    private final KafkaNode kafka;
    private final ElasticsearchNode elasticsearch;
    private final boolean ephemeral;
    private Optional<ChildProcess> kafkaProcess = Optional.empty();
    private Optional<ChildProcess> elasticsearchProcess = Optional.empty();

    private LocalStack(KafkaNode kafka, ElasticsearchNode elasticsearch, boolean ephemeral) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
        this.ephemeral = ephemeral;
    }

    /** The stack of {@code ./rostrum}: fixed ports, state kept in {@code .rostrum/} between runs. */
    public static LocalStack persistent(StackLayout layout, StackPorts ports) {
        return new LocalStack(
                new KafkaNode(layout, layout.state().resolve("kafka"), layout.logs(), ports.kafka(),
                        ports.kafkaController()),
                new ElasticsearchNode(layout, layout.state().resolve("elasticsearch"), layout.logs(),
                        ports.elasticsearch(), ports.elasticsearchTransport()),
                false);
    }

    /** A throw-away stack on free ports, for one test JVM; its directory is deleted on close. */
    public static LocalStack ephemeral(StackLayout layout) {
        return ephemeral(layout, Map.of());
    }

    /** A throw-away stack whose Elasticsearch node takes further settings on top of the usual ones. */
    public static LocalStack ephemeral(StackLayout layout, Map<String, String> elasticsearchSettings) {
        Path directory = layout.state().resolve("test-stacks").resolve(UUID.randomUUID().toString());
        return new LocalStack(
                new KafkaNode(layout, directory.resolve("kafka"), directory, Ports.free(), Ports.free()),
                new ElasticsearchNode(layout, directory.resolve("elasticsearch"), directory, Ports.free(), Ports.free(),
                        elasticsearchSettings),
                true);
    }

    public KafkaNode kafka() {
        return kafka;
    }

    public ElasticsearchNode elasticsearch() {
        return elasticsearch;
    }

    /** The Kafka and Elasticsearch processes this stack started, empty before {@link #up()} and after closing. */
    public List<ChildProcess> processes() {
        return Stream.of(kafkaProcess, elasticsearchProcess).flatMap(Optional::stream).toList();
    }

    /** Starts whatever is not already running from an earlier {@code stack up}, both at once. */
    public LocalStack up() {
        CompletableFuture<ChildProcess> kafkaStarted = CompletableFuture.supplyAsync(
                () -> running(kafka.log(), kafka.pidFile(), "Kafka").orElseGet(kafka::start));
        CompletableFuture<ChildProcess> elasticsearchStarted = CompletableFuture.supplyAsync(
                () -> running(elasticsearch.log(), elasticsearch.pidFile(), "Elasticsearch")
                        .orElseGet(elasticsearch::start));
        try {
            kafkaProcess = Optional.of(kafkaStarted.join());
            elasticsearchProcess = Optional.of(elasticsearchStarted.join());
            return this;
        } catch (CompletionException e) {
            kafkaStarted.thenAccept(ChildProcess::stop);
            elasticsearchStarted.thenAccept(ChildProcess::stop);
            throw e.getCause() instanceof StackException stack ? stack : new StackException(e.getMessage(), e);
        }
    }

    /** Stops both nodes, including ones an earlier invocation left running. */
    public void down() {
        Stream.of(running(kafka.log(), kafka.pidFile(), "Kafka"),
                        running(elasticsearch.log(), elasticsearch.pidFile(), "Elasticsearch"))
                .flatMap(Optional::stream).forEach(ChildProcess::stop);
        kafkaProcess = Optional.empty();
        elasticsearchProcess = Optional.empty();
    }

    /** Stops the broker (SIGTERM, as a restart would), keeping its data for {@link #startKafka()}. */
    public void stopKafka() {
        kafkaProcess.ifPresent(ChildProcess::stop);
        kafkaProcess = Optional.empty();
    }

    /** Starts the broker again on its port and data, and waits until it answers. */
    public void startKafka() {
        kafkaProcess = Optional.of(kafka.start());
    }

    /** Stops the node, keeping its data for {@link #startElasticsearch()}. */
    public void stopElasticsearch() {
        elasticsearchProcess.ifPresent(ChildProcess::stop);
        elasticsearchProcess = Optional.empty();
    }

    /** Starts the node again on its port and data, and waits until the cluster is yellow or green. */
    public void startElasticsearch() {
        elasticsearchProcess = Optional.of(elasticsearch.start());
    }

    public String status() {
        return String.format("Kafka          %s  %s%nElasticsearch  %s  %s%n",
                kafka.answers() ? "up  " : "down", kafka.bootstrapServers(),
                elasticsearch.healthy() ? "up  " : "down", elasticsearch.url());
    }

    @Override
    public void close() {
        stopKafka();
        stopElasticsearch();
        if (ephemeral) {
            Directories.deleteRecursively(kafka.directory().getParent());
        }
    }

    private static Optional<ChildProcess> running(Path log, Path pidFile, String name) {
        return ChildProcess.running(name, log, pidFile);
    }
}
