package io.rostrum.infra.stack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real single-node Elasticsearch from the minimal distribution on Maven Central, security off and bound to
 * loopback. The distribution is unpacked once under {@code .rostrum/dist}; each node has its own
 * configuration, data and logs in {@code directory}. Elasticsearch refuses to run as root, so a root caller
 * runs it as an unprivileged system user. Its console output goes to {@code logs/elasticsearch.log}.
 *
 * @param settings further node settings on top of {@link #NODE_SETTINGS}, e.g. a tiny write thread pool that
 *                 makes a fault-injection test's node reject bulks with 429
 */
public record ElasticsearchNode(StackLayout layout, Path directory, Path logs, int port, int transportPort,
                                Map<String, String> settings) {

    /** How long the node may take to report yellow or green after it is started. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    /** The node's JVM options: a fixed heap of 512 MB. */
    public static final String JAVA_OPTIONS = "-Xms512m -Xmx512m";

    /**
     * How the node behaves, apart from where it listens and stores: the same for every node a test or the demo
     * runs against, this process or a container.
     */
    public static final Map<String, String> NODE_SETTINGS = Map.of(
            "discovery.type", "single-node",
            // loopback only, never exposed: the local stack trades security for zero set-up
            "xpack.security.enabled", "false",
            // Rostrum checks free disk itself before starting, with a clearer message than a read-only index
            "cluster.routing.allocation.disk.threshold_enabled", "false");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public ElasticsearchNode {
        settings = Map.copyOf(settings);
    }

    public ElasticsearchNode(StackLayout layout, Path directory, Path logs, int port, int transportPort) {
        this(layout, directory, logs, port, transportPort, Map.of());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return logs.resolve("elasticsearch.log");
    }

    public Path pidFile() {
        return directory.resolve("elasticsearch.pid");
    }

    public ChildProcess start() {
        Ports.requireFree(port, "Elasticsearch");
        Ports.requireFree(transportPort, "Elasticsearch's transport");
        Disk.requireFree(directory, Disk.ELASTICSEARCH_MINIMUM, "Elasticsearch");
        Path jdk = JavaRuntimes.findAtLeast(21, System.getenv());
        Path distribution = unpackDistribution();
        writeConfiguration(distribution);
        ServiceUser user = ServiceUser.forElasticsearch();
        user.own(directory);
        List<String> command = new ArrayList<>(user.commandPrefix());
        command.add(distribution.resolve("bin/elasticsearch").toString());
        Map<String, String> environment = Map.of(
                "ES_JAVA_HOME", jdk.toString(),
                "ES_PATH_CONF", directory.resolve("config").toString(),
                "ES_JAVA_OPTS", JAVA_OPTIONS);
        user.requireReadable(distribution.resolve("lib"));
        ChildProcess node = ChildProcess.start("Elasticsearch", command, environment, directory, log(), pidFile());
        node.awaitReady(this::healthy, START_TIMEOUT);
        return node;
    }

    /** True when the cluster answers health with yellow or green. */
    public boolean healthy() {
        if (!Ports.isListening(port)) {
            return false;
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path unpackDistribution() {
        Path dist = layout.state().resolve("dist");
        Path home = dist.resolve("elasticsearch-" + StackLayout.ELASTICSEARCH_VERSION);
        Path complete = dist.resolve(".elasticsearch-" + StackLayout.ELASTICSEARCH_VERSION + ".unpacked");
        try {
            Files.createDirectories(dist);
            // several test JVMs may start at once: one unpacks, the others wait for it
            try (FileChannel channel = FileChannel.open(dist.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                if (!Files.exists(complete)) {
                    unzip(layout.elasticsearchZip(), dist);
                    Files.createFile(complete);
                }
            }
            return home;
        } catch (IOException e) {
            throw new StackException("cannot unpack Elasticsearch into " + dist + ": " + e.getMessage(), e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("archive entry escapes the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
                boolean executable = entry.getName().contains("/bin/") || entry.getName().endsWith(".so");
                Files.setPosixFilePermissions(destination,
                        PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private void writeConfiguration(Path distribution) {
        Path config = directory.resolve("config");
        List<String> lines = new ArrayList<>(List.of(
                "cluster.name: rostrum-local",
                "node.name: rostrum-local",
                "path.data: " + directory.resolve("data"),
                "path.logs: " + directory.resolve("logs"),
                "network.host: 127.0.0.1",
                "http.port: " + port,
                "transport.port: " + transportPort));
        Map<String, String> all = new TreeMap<>(NODE_SETTINGS);
        all.putAll(settings);
        all.forEach((key, value) -> lines.add(key + ": " + value));
        lines.add("");
        String yaml = String.join("\n", lines);
        try {
            Files.createDirectories(config);
            Files.createDirectories(directory.resolve("data"));
            Files.createDirectories(directory.resolve("logs"));
            for (String file : List.of("jvm.options", "log4j2.properties")) {
                Files.copy(distribution.resolve("config").resolve(file), config.resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createDirectories(config.resolve("jvm.options.d"));
            Files.writeString(config.resolve("elasticsearch.yml"), yaml);
        } catch (IOException e) {
            throw new StackException("cannot write Elasticsearch's configuration under " + config + ": "
                    + e.getMessage(), e);
        }
    }
}
