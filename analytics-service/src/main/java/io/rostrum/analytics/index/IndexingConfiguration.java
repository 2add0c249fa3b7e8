package io.rostrum.analytics.index;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the retention job of the post indices on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IndexingConfiguration {
}
