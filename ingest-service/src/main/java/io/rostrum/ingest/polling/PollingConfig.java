package io.rostrum.ingest.polling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled polling rounds unless {@code rostrum.ingest.polling.enabled} is false. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "rostrum.ingest.polling.enabled", matchIfMissing = true)
class PollingConfig {
}
