package io.rostrum.analytics;

import io.rostrum.infra.junit.LocalStackExtension;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points an analytics-service test context at the test JVM's local stack, in a namespace of its own. */
public final class AnalyticsTestStack {

    private AnalyticsTestStack() {
    }

    /** Kafka and Elasticsearch of the shared stack; topics, groups and indices under {@code prefix}. */
    public static void register(DynamicPropertyRegistry registry, String prefix, int partitions) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalStackExtension.stack().kafka().bootstrapServers());
        registry.add("spring.elasticsearch.uris", () -> LocalStackExtension.stack().elasticsearch().url());
        registry.add("rostrum.analytics.topic-prefix", () -> prefix);
        registry.add("rostrum.analytics.index-prefix", () -> prefix);
        registry.add("rostrum.analytics.partitions", () -> partitions);
    }
}
