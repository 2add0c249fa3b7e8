package io.rostrum.ingest.config;

import io.rostrum.events.Topics;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/** The topics ingest-service writes, and the type tokens its serializer puts in headers. */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    @Bean
    NewTopic executivesTopic(IngestProperties properties) {
        return TopicBuilder.name(Topics.EXECUTIVES.name(properties.topicPrefix()))
                .partitions(properties.partitions()).replicas(1)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT).build();
    }

    @Bean
    NewTopic rawPostsTopic(IngestProperties properties) {
        return TopicBuilder.name(Topics.POSTS_RAW.name(properties.topicPrefix()))
                .partitions(properties.partitions()).replicas(1).build();
    }

    @Bean
    DefaultKafkaProducerFactoryCustomizer typeTokens() {
        return factory -> factory.updateConfigs(Map.of(JacksonJsonSerializer.TYPE_MAPPINGS, Topics.typeMappings()));
    }
}
