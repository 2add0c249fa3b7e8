package io.rostrum.infra.junit;

/**
 * Where the running Kafka and Elasticsearch of a test JVM listen, whichever provider started them: the local
 * stack or Testcontainers ({@link StackChoice}).
 */
public record TestStack(Kafka kafka, Elasticsearch elasticsearch) {

    public record Kafka(String bootstrapServers) {
    }

    /** @param port the HTTP port of the url's host, e.g. for a proxy in front of the node */
    public record Elasticsearch(String url, int port) {
    }
}
