package io.rostrum.analytics.config;

import io.rostrum.analytics.index.IndexNames;
import io.rostrum.events.Topics;
import io.rostrum.support.kafka.EventKafkaConfiguration;
import io.rostrum.support.kafka.MeasuredConsumerGroup;
import io.rostrum.support.kafka.TopicDeclarations;
import io.rostrum.support.web.ApiSecurityConfiguration;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** The topics analytics-service reads, and what happens when Elasticsearch cannot take a batch. */
@Configuration(proxyBeanMethods = false)
@Import({EventKafkaConfiguration.class, ApiSecurityConfiguration.class})
class KafkaConfig {

    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    @Bean
    AnalyticsTopics analyticsTopics(AnalyticsProperties properties) {
        return AnalyticsTopics.of(properties.topicPrefix());
    }

    @Bean
    IndexNames indexNames(AnalyticsProperties properties) {
        return new IndexNames(properties.indexPrefix());
    }

    /**
     * Poison records are dead-lettered by the listeners themselves; what reaches this handler is Elasticsearch
     * being unreachable or overloaded. The batch is retried, backing off to every 30 s, for as long as it takes:
     * offsets are not committed meanwhile, so nothing is lost and nothing is dead-lettered for an outage.
     */
    @Bean
    DefaultErrorHandler retryWhileElasticsearchIsDown() {
        ExponentialBackOff backOff = new ExponentialBackOff(FIRST_RETRY.toMillis(), 2.0);
        backOff.setMaxInterval(LONGEST_RETRY.toMillis());
        return new DefaultErrorHandler(backOff);
    }

    /** The detectors' Kafka Streams application is a consumer group too: its lag is measured with the listeners'. */
    @Bean
    MeasuredConsumerGroup detectorsGroup(KafkaProperties kafka) {
        return new MeasuredConsumerGroup(kafka.getStreams().getApplicationId());
    }

    @Bean
    KafkaAdmin.NewTopics analyticsTopicDeclarations(AnalyticsProperties properties) {
        return TopicDeclarations.declare(properties.topicPrefix(), properties.partitions(),
                List.of(Topics.POSTS_CLASSIFIED, Topics.EXECUTIVES, Topics.ALERTS),
                List.of(Topics.POSTS_CLASSIFIED, Topics.EXECUTIVES, Topics.ALERTS));
    }
}
