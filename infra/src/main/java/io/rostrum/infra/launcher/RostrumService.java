package io.rostrum.infra.launcher;

import io.rostrum.infra.stack.StackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The four Spring Boot services, each built by its module into {@code target/<module>-<version>-exec.jar}. */
public enum RostrumService {
    ANALYTICS("analytics-service", 8083),
    CLASSIFY("classify-service", 8082),
    INGEST("ingest-service", 8081),
    DASHBOARD("dashboard", 8080);

    private final String module;
    private final int defaultPort;

    RostrumService(String module, int defaultPort) {
        this.module = module;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The runnable jar the module's build produced. */
    public Path jar(Path home) {
        Path target = home.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new StackException(module + " is not built: run ./mvnw -DskipTests package"));
        } catch (IOException e) {
            throw new StackException("cannot look into " + target + ": " + e.getMessage(), e);
        }
    }
}
