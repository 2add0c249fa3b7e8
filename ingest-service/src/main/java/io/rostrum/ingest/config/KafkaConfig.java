package io.rostrum.ingest.config;

import io.rostrum.events.Topics;
import io.rostrum.support.kafka.EventKafkaConfiguration;
import io.rostrum.support.kafka.TopicDeclarations;
import io.rostrum.support.web.ApiSecurityConfiguration;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The topics ingest-service writes. */
@Configuration(proxyBeanMethods = false)
@Import({EventKafkaConfiguration.class, ApiSecurityConfiguration.class})
class KafkaConfig {

    @Bean
    IngestTopics ingestTopics(IngestProperties properties) {
        return IngestTopics.of(properties.topicPrefix());
    }

    @Bean
    NewTopic executivesTopic(IngestProperties properties) {
        return TopicDeclarations.topic(Topics.EXECUTIVES, properties.topicPrefix(), properties.partitions());
    }

    @Bean
    NewTopic cursorsTopic(IngestProperties properties) {
        return TopicDeclarations.topic(Topics.INGEST_CURSORS, properties.topicPrefix(), properties.partitions());
    }

    @Bean
    NewTopic rawPostsTopic(IngestProperties properties) {
        return TopicDeclarations.topic(Topics.POSTS_RAW, properties.topicPrefix(), properties.partitions());
    }
}
