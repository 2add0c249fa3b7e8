package io.rostrum.analytics.config;

import io.rostrum.support.outbound.OutboundSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.analytics}.
 *
 * @param topicPrefix prepended to topic names and consumer groups; empty in production, unique per test run
 * @param indexPrefix prepended to index and template names, for the same reason
 * @param partitions  partitions of the topics this service creates
 * @param outbound    what webhook deliveries may reach beyond https and public addresses (nothing by default)
 */
@ConfigurationProperties("rostrum.analytics")
public record AnalyticsProperties(@DefaultValue("") String topicPrefix, @DefaultValue("") String indexPrefix,
                                  @DefaultValue("12") int partitions, @DefaultValue OutboundSettings outbound) {
}
