package io.rostrum.analytics.alert;

import io.rostrum.analytics.config.AnalyticsProperties;
import io.rostrum.support.outbound.OutboundPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the alert listeners use, and where webhook deliveries may go. */
@Configuration(proxyBeanMethods = false)
class AlertDeliveryConfiguration {

    @Bean
    AlertTopics alertTopics(AnalyticsProperties properties) {
        return AlertTopics.of(properties.topicPrefix());
    }

    @Bean
    OutboundPolicy webhookOutboundPolicy(AnalyticsProperties properties) {
        return new OutboundPolicy(properties.outbound(), "rostrum.analytics.outbound");
    }
}
