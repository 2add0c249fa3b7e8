package io.rostrum.infra.junit;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;

/** Whether Testcontainers can reach a Docker engine, and if not, why. */
@FunctionalInterface
interface DockerCheck {

    /** Empty when a Docker engine answers; otherwise Testcontainers' reason, on one line. */
    Optional<String> unavailableReason();

    /** Asks Testcontainers, which tries each way it knows to reach an engine and logs each failure. */
    static DockerCheck testcontainers() {
        return () -> {
            // the same check as DockerClientFactory.isDockerAvailable(), which would swallow the reason
            try {
                DockerClientFactory.instance().client();
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of(String.valueOf(e.getMessage()).replaceAll("\\s+", " ").trim());
            }
        };
    }
}
