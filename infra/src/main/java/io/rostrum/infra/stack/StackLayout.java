package io.rostrum.infra.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the checkout, the artifacts Maven laid out for the stack, and the git-ignored state
 * directory {@code .rostrum/}.
 */
public record StackLayout(Path home) {

    /** Elasticsearch version of the distribution infra's build copies into {@code target/stack}. */
    public static final String ELASTICSEARCH_VERSION = "9.2.8";

    /** The checkout named by the {@code rostrum.home} system property, or the working directory. */
    public static StackLayout fromEnvironment() {
        String configured = System.getProperty("rostrum.home");
        Path home = Path.of(configured != null ? configured : "").toAbsolutePath().normalize();
        if (!Files.isRegularFile(home.resolve("infra/pom.xml"))) {
            throw new StackException("cannot find the Rostrum checkout at " + home
                    + " (run from the checkout or set -Drostrum.home)");
        }
        return new StackLayout(home);
    }

    public Path state() {
        return home.resolve(".rostrum");
    }

    public Path logs() {
        return state().resolve("logs");
    }

    public Path kafkaLibs() {
        return requireBuilt(home.resolve("infra/target/stack/kafka-libs"));
    }

    public Path elasticsearchZip() {
        return requireBuilt(home.resolve("infra/target/stack/elasticsearch-" + ELASTICSEARCH_VERSION + ".zip"));
    }

    private static Path requireBuilt(Path artifact) {
        if (!Files.exists(artifact)) {
            throw new StackException(artifact + " is missing: build the infra module first (./mvnw -pl infra package)");
        }
        return artifact;
    }
}
