package io.rostrum.classify.config;

import io.rostrum.events.Topics;
import io.rostrum.support.kafka.EventKafkaConfiguration;
import io.rostrum.support.kafka.TopicDeclarations;
import io.rostrum.support.web.ApiSecurityConfiguration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The topics classify-service reads and writes. */
@Configuration(proxyBeanMethods = false)
@Import({EventKafkaConfiguration.class, ApiSecurityConfiguration.class})
class KafkaConfig {

    @Bean
    ClassifyTopics classifyTopics(ClassifyProperties properties) {
        return ClassifyTopics.of(properties.topicPrefix());
    }

    @Bean
    NewTopic rawPostsTopic(ClassifyProperties properties) {
        return TopicDeclarations.topic(Topics.POSTS_RAW, properties.topicPrefix(), properties.partitions());
    }

    @Bean
    NewTopic rawPostsDeadLetterTopic(ClassifyProperties properties) {
        return TopicDeclarations.deadLetterTopic(Topics.POSTS_RAW, properties.topicPrefix(), properties.partitions());
    }

    @Bean
    NewTopic classifiedPostsTopic(ClassifyProperties properties) {
        return TopicDeclarations.topic(Topics.POSTS_CLASSIFIED, properties.topicPrefix(), properties.partitions());
    }
}
