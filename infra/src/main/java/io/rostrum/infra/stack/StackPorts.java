package io.rostrum.infra.stack;

import java.util.Map;

/** The local stack's ports: the design's defaults, each overridable by an environment variable. */
public record StackPorts(int kafka, int kafkaController, int elasticsearch, int elasticsearchTransport) {

    public static StackPorts fromEnvironment(Map<String, String> environment) {
        return new StackPorts(port(environment, "ROSTRUM_KAFKA_PORT", 9092),
                port(environment, "ROSTRUM_KAFKA_CONTROLLER_PORT", 9093),
                port(environment, "ROSTRUM_ELASTICSEARCH_PORT", 9200),
                port(environment, "ROSTRUM_ELASTICSEARCH_TRANSPORT_PORT", 9300));
    }

    static int port(Map<String, String> environment, String variable, int fallback) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StackException(variable + " must be a port number, was '" + value + "'");
        }
    }
}
