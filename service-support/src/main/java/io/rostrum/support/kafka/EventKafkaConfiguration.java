package io.rostrum.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.MessageListenerContainer;
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

    /** A record's type comes from the catalogue by its topic and token, never from a class name in its header. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer typeTokens() {
        return factory -> factory.updateConfigs(Map.of(JacksonJsonDeserializer.VALUE_TYPE_METHOD,
                CatalogueTypes.method()));
    }

    @Bean
    DeadLetters deadLetters(KafkaOperations<Object, Object> kafka, MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DEAD_LETTER_SUFFIX, record.partition()));
        return new DeadLetters(recoverer, meters);
    }

    @Bean
    ConsumerLag consumerLag(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners,
                            ObjectProvider<MeasuredConsumerGroup> otherGroups, MeterRegistry meters) {
        return new ConsumerLag(() -> Admin.create(kafkaAdmin.getConfigurationProperties()), () -> {
            Set<String> groups = new TreeSet<>();
            listeners.getListenerContainers().stream().map(MessageListenerContainer::getGroupId)
                    .filter(Objects::nonNull).forEach(groups::add);
            otherGroups.forEach(group -> groups.add(group.groupId()));
            return groups;
        }, meters);
    }

    /** Every topic a listener reads has its dead-letter count from the start, so a rule can tell 0 from unknown. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> deadLetterCountsFromZero(KafkaListenerEndpointRegistry listeners,
                                                                         DeadLetters deadLetters) {
        return ready -> listeners.getListenerContainers().stream()
                .map(container -> container.getContainerProperties().getTopics()).filter(Objects::nonNull)
                .flatMap(Arrays::stream).forEach(deadLetters::count);
    }
}
