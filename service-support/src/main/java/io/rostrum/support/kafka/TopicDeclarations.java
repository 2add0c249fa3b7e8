package io.rostrum.support.kafka;

import io.rostrum.events.Topic;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Builds {@link NewTopic} declarations from the catalogue, so every service that declares a topic declares it
 * the same way (creation is idempotent; the first service up creates it).
 */
public final class TopicDeclarations {

    private TopicDeclarations() {
    }

    /**
     * Every topic a service uses, and the dead-letter topics of those it consumes, as one declaration for
     * {@code KafkaAdmin}.
     */
    public static KafkaAdmin.NewTopics declare(String prefix, int partitions, List<Topic<?, ?>> topics,
                                               List<Topic<?, ?>> deadLettersOf) {
        List<NewTopic> declared = new ArrayList<>();
        topics.forEach(topic -> declared.add(topic(topic, prefix, partitions)));
        deadLettersOf.forEach(topic -> declared.add(deadLetterTopic(topic, prefix, partitions)));
        return new KafkaAdmin.NewTopics(declared.toArray(NewTopic[]::new));
    }

    static NewTopic topic(Topic<?, ?> topic, String prefix, int partitions) {
        TopicBuilder builder = TopicBuilder.name(topic.name(prefix)).partitions(partitions).replicas(1);
        if (topic.compacted()) {
            builder.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        return builder.build();
    }

    /** The dead-letter topic of {@code topic}: as many partitions, since a dead letter keeps its partition. */
    static NewTopic deadLetterTopic(Topic<?, ?> topic, String prefix, int partitions) {
        return TopicBuilder.name(topic.deadLetterName(prefix)).partitions(partitions).replicas(1).build();
    }
}
