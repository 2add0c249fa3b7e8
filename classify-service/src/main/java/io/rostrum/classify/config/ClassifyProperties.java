package io.rostrum.classify.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.classify}.
 *
 * @param topicPrefix prepended to every topic name and the consumer group; empty in production, unique per test
 * @param partitions  partitions of the topics this service creates
 */
@ConfigurationProperties("rostrum.classify")
public record ClassifyProperties(@DefaultValue("") String topicPrefix, @DefaultValue("12") int partitions) {
}
