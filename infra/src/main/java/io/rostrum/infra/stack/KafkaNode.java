package io.rostrum.infra.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run from the
 * {@code kafka_2.13} jars Maven copied into {@code infra/target/stack/kafka-libs}.
 *
 * @param directory holds {@code server.properties}, the log4j2 configuration and the {@code data} log dirs
 * @param logs      where the broker's output goes ({@code kafka.log})
 */
public record KafkaNode(StackLayout layout, Path directory, Path logs, int port, int controllerPort) {

    /** How long the broker may take to answer after it is started. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    /**
     * How the broker behaves, apart from where it listens and stores: the same for every broker a test or the
     * demo runs against, this process or a container.
     */
    public static final Map<String, String> BROKER_SETTINGS = Map.of(
            "num.partitions", "12",
            // topics are declared by the services (NewTopic beans), never created by a typo
            "auto.create.topics.enable", "false",
            "offsets.topic.replication.factor", "1",
            "transaction.state.log.replication.factor", "1",
            "transaction.state.log.min.isr", "1",
            "share.coordinator.state.topic.replication.factor", "1",
            "share.coordinator.state.topic.min.isr", "1",
            "group.initial.rebalance.delay.ms", "0");

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path log() {
        return logs.resolve("kafka.log");
    }

    public Path pidFile() {
        return directory.resolve("kafka.pid");
    }

    public ChildProcess start() {
        Ports.requireFree(port, "Kafka");
        Ports.requireFree(controllerPort, "the Kafka controller");
        Disk.requireFree(directory, Disk.KAFKA_MINIMUM, "Kafka");
        Path serverProperties = writeConfiguration();
        if (!Files.exists(directory.resolve("data/meta.properties"))) {
            format(serverProperties);
        }
        ChildProcess broker = ChildProcess.start("Kafka", java("kafka.Kafka", serverProperties.toString()), Map.of(),
                directory, log(), pidFile());
        broker.awaitReady(this::answers, START_TIMEOUT);
        return broker;
    }

    /** True when the broker answers a metadata request, not merely when its port is open. */
    public boolean answers() {
        if (!Ports.isListening(port)) {
            return false;
        }
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void format(Path serverProperties) {
        // Kafka's own generator: a hand-made base64 id starts with '-' one time in 64, and the storage tool then
        // reads it as an option and refuses to format
        String clusterId = Uuid.randomUuid().toString();
        ChildProcess formatter = ChildProcess.start("Kafka storage format",
                java("kafka.tools.StorageTool", "format", "--ignore-formatted", "-t", clusterId, "-c",
                        serverProperties.toString()),
                Map.of(), directory, directory.resolve("format.log"), directory.resolve("format.pid"));
        formatter.awaitReady(() -> !formatter.isAlive(), Duration.ofSeconds(60));
        if (!Files.exists(directory.resolve("data/meta.properties"))) {
            throw new StackException("formatting Kafka's storage failed; see " + directory.resolve("format.log"));
        }
    }

    private List<String> java(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx768m", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + directory.resolve("log4j2.properties"),
                "-cp", layout.kafkaLibs().toAbsolutePath() + "/*", mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private Path writeConfiguration() {
        Properties server = new Properties();
        server.setProperty("process.roles", "broker,controller");
        server.setProperty("node.id", "1");
        server.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        server.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        server.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        server.setProperty("controller.listener.names", "CONTROLLER");
        server.setProperty("inter.broker.listener.name", "PLAINTEXT");
        server.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        server.setProperty("log.dirs", directory.resolve("data").toString());
        BROKER_SETTINGS.forEach(server::setProperty);
        Properties logging = new Properties();
        logging.setProperty("rootLogger.level", "INFO");
        logging.setProperty("rootLogger.appenderRef.out.ref", "out");
        logging.setProperty("appender.out.type", "Console");
        logging.setProperty("appender.out.name", "out");
        logging.setProperty("appender.out.layout.type", "PatternLayout");
        logging.setProperty("appender.out.layout.pattern", "[%d] %p %m (%c)%n");
        logging.setProperty("logger.kafka.name", "kafka");
        logging.setProperty("logger.kafka.level", "WARN");
        logging.setProperty("logger.state.name", "state.change.logger");
        logging.setProperty("logger.state.level", "WARN");
        try {
            Files.createDirectories(directory.resolve("data"));
            Path serverProperties = directory.resolve("server.properties");
            Files.writeString(serverProperties, Config.render(server));
            Files.writeString(directory.resolve("log4j2.properties"), Config.render(logging));
            return serverProperties;
        } catch (IOException e) {
            throw new StackException("cannot write Kafka's configuration under " + directory + ": " + e.getMessage(), e);
        }
    }
}
