package io.rostrum.classify.config;

import io.rostrum.events.Topics;
import io.rostrum.support.kafka.EventKafkaConfiguration;
import io.rostrum.support.kafka.TopicDeclarations;
import io.rostrum.support.web.ApiSecurityConfiguration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics classify-service reads and writes. */
@Configuration(proxyBeanMethods = false)
@Import({EventKafkaConfiguration.class, ApiSecurityConfiguration.class})
class KafkaConfig {

    @Bean
    ClassifyTopics classifyTopics(ClassifyProperties properties) {
        return ClassifyTopics.of(properties.topicPrefix());
    }

    @Bean
    KafkaAdmin.NewTopics classifyTopicDeclarations(ClassifyProperties properties) {
        return TopicDeclarations.declare(properties.topicPrefix(), properties.partitions(),
                List.of(Topics.POSTS_RAW, Topics.POSTS_CLASSIFIED), List.of(Topics.POSTS_RAW));
    }
}
