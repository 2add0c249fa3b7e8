package io.rostrum.analytics.alert;

import io.rostrum.analytics.config.AnalyticsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the alert listeners use. */
@Configuration(proxyBeanMethods = false)
class AlertDeliveryConfiguration {

    @Bean
    AlertTopics alertTopics(AnalyticsProperties properties) {
        return AlertTopics.of(properties.topicPrefix());
    }
}
