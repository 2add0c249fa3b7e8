package io.rostrum.infra.junit;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which stack the integration tests of this JVM run on, and the one line that says so and why: the local stack,
 * unless {@code -Drostrum.test-stack=testcontainers} (or {@code ROSTRUM_TEST_STACK=testcontainers}) asks for
 * containers and Testcontainers can reach a Docker engine.
 */
record StackChoice(Provider provider, String explanation) {

    static final String PROPERTY = "rostrum.test-stack";
    static final String ENVIRONMENT_VARIABLE = "ROSTRUM_TEST_STACK";

    enum Provider {
        LOCAL, TESTCONTAINERS
    }

    /** From the system property, else the environment variable; asks Docker only when containers are asked for. */
    static StackChoice fromEnvironment() {
        return choose(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT_VARIABLE), DockerCheck.testcontainers());
    }

    static StackChoice choose(@Nullable String property, @Nullable String environmentVariable, DockerCheck docker) {
        boolean fromProperty = property != null && !property.isBlank();
        String requested = fromProperty ? property : environmentVariable;
        if (requested == null || requested.isBlank()) {
            return new StackChoice(Provider.LOCAL, "Test stack: local (Kafka and Elasticsearch as child processes). "
                    + "To use Docker containers instead, run with -D" + PROPERTY + "=testcontainers or set "
                    + ENVIRONMENT_VARIABLE + "=testcontainers.");
        }
        String source = (fromProperty ? "-D" + PROPERTY : ENVIRONMENT_VARIABLE) + "=" + requested;
        return switch (requested.trim().toLowerCase(Locale.ROOT)) {
            case "local" -> new StackChoice(Provider.LOCAL,
                    "Test stack: local (Kafka and Elasticsearch as child processes), as " + source + " asks.");
            case "testcontainers" -> docker.unavailableReason()
                    .map(reason -> new StackChoice(Provider.LOCAL, "Test stack: " + source + ", but Testcontainers "
                            + "cannot reach a Docker engine (" + reason + "); using the local stack instead."))
                    .orElseGet(() -> new StackChoice(Provider.TESTCONTAINERS, "Test stack: Testcontainers ("
                            + ContainerStackProvider.KAFKA_IMAGE.asCanonicalNameString() + ", "
                            + ContainerStackProvider.ELASTICSEARCH_IMAGE.asCanonicalNameString() + "), as " + source
                            + " asks."));
            default -> throw new IllegalArgumentException(
                    source + " is not a test stack: use local or testcontainers");
        };
    }

    /** The provider of the chosen stack, not started yet. */
    StackProvider newProvider() {
        return provider == Provider.TESTCONTAINERS ? new ContainerStackProvider() : new LocalStackProvider();
    }
}
