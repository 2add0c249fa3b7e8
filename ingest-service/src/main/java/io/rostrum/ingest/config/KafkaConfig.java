package io.rostrum.ingest.config;

import io.rostrum.events.Topics;
import io.rostrum.support.kafka.EventKafkaConfiguration;
import io.rostrum.support.kafka.TopicDeclarations;
import io.rostrum.support.web.ApiSecurityConfiguration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;

/** The topics ingest-service writes. */
@Configuration(proxyBeanMethods = false)
@Import({EventKafkaConfiguration.class, ApiSecurityConfiguration.class})
class KafkaConfig {

    @Bean
    IngestTopics ingestTopics(IngestProperties properties) {
        return IngestTopics.of(properties.topicPrefix());
    }

    @Bean
    KafkaAdmin.NewTopics ingestTopicDeclarations(IngestProperties properties) {
        return TopicDeclarations.declare(properties.topicPrefix(), properties.partitions(),
                List.of(Topics.EXECUTIVES, Topics.INGEST_CURSORS, Topics.POSTS_RAW), List.of());
    }
}
