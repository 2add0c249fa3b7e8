package io.rostrum.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

/**
 * How every service talks to Kafka: JSON values with the catalogue's type tokens in headers (never Java class
 * names), and dead letters to {@code <topic>.dlt}. A record that could not be read is dead-lettered with its
 * original bytes, which the byte-array branch of the serializer passes through untouched.
 */
@Configuration(proxyBeanMethods = false)
public class EventKafkaConfiguration {

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

    @Bean
    DeadLetters deadLetters(KafkaOperations<Object, Object> kafka, MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, record.partition()));
        return new DeadLetters(recoverer, meters);
    }
}
