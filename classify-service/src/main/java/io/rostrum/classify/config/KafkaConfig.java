package io.rostrum.classify.config;

import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * Topics, serialization and dead letters. Values are JSON with type tokens from the catalogue; a record that
 * could not be read is dead-lettered with its original bytes, which the byte-array branch of the serializer
 * passes through untouched.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    @Bean
    ClassifyTopics classifyTopics(ClassifyProperties properties) {
        return ClassifyTopics.of(properties.topicPrefix());
    }

    @Bean
    NewTopic rawPostsTopic(ClassifyProperties properties) {
        return topic(Topics.POSTS_RAW.name(properties.topicPrefix()), properties);
    }

    @Bean
    NewTopic rawPostsDeadLetterTopic(ClassifyProperties properties) {
        return topic(Topics.POSTS_RAW.deadLetterName(properties.topicPrefix()), properties);
    }

    @Bean
    NewTopic classifiedPostsTopic(ClassifyProperties properties) {
        return topic(Topics.POSTS_CLASSIFIED.name(properties.topicPrefix()), properties);
    }

    @Bean
    @SuppressWarnings("unchecked")
    DefaultKafkaProducerFactoryCustomizer jsonOrRawBytes() {
        JacksonJsonSerializer<Object> json = new JacksonJsonSerializer<>();
        json.configure(Map.of(JacksonJsonSerializer.TYPE_MAPPINGS, Topics.typeMappings()), false);
        Map<Class<?>, Serializer<?>> byType = new LinkedHashMap<>();
        byType.put(byte[].class, new ByteArraySerializer());
        byType.put(Object.class, json);
        return factory -> ((DefaultKafkaProducerFactory<Object, Object>) factory)
                .setValueSerializerSupplier(() -> new DelegatingByTypeSerializer(byType, true));
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer typeTokens() {
        return factory -> factory.updateConfigs(Map.of(JacksonJsonDeserializer.TYPE_MAPPINGS, Topics.typeMappings()));
    }

    /** Sends a failed record to {@code <topic>.dlt}, same partition, with the error in headers. */
    @Bean
    DeadLetterPublishingRecoverer deadLetterPublisher(KafkaOperations<Object, Object> kafka) {
        return new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, record.partition()));
    }

    private static NewTopic topic(String name, ClassifyProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(1).build();
    }
}
