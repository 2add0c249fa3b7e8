package io.rostrum.classify.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.classify.config.ClassifyTopics;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostObserved;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.core.log.LogAccessor;
import org.springframework.stereotype.Component;

/**
 * Read-process-write in one Kafka transaction per poll: the classified events, any dead letters and the
 * consumed offsets commit together or not at all, so a crash never loses or doubles a post.
 */
@Component
class ClassificationListener {

    private static final Logger log = LoggerFactory.getLogger(ClassificationListener.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(ClassificationListener.class);

    private final PostClassification classification;
    private final KafkaTemplate<Object, Object> kafka;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final ClassifyTopics topics;
    private final MeterRegistry meters;

    ClassificationListener(PostClassification classification, KafkaTemplate<Object, Object> kafka,
                           DeadLetterPublishingRecoverer deadLetters, ClassifyTopics topics, MeterRegistry meters) {
        this.classification = classification;
        this.kafka = kafka;
        this.deadLetters = deadLetters;
        this.topics = topics;
        this.meters = meters;
    }

    @KafkaListener(id = "classifier", topics = "#{@classifyTopics.raw}", groupId = "#{@classifyTopics.group}")
    void onPosts(List<ConsumerRecord<String, PostObserved>> records) {
        for (ConsumerRecord<String, PostObserved> record : records) {
            PostObserved post = record.value();
            if (post == null) {
                DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                        SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
                deadLetter(record, unreadable != null ? unreadable
                        : new IllegalArgumentException("record has no value"));
                continue;
            }
            try {
                PostClassified classified = classification.classify(post);
                kafka.send(topics.classified(), post.executiveId(), classified);
                meters.counter("rostrum.classify.posts", "approach",
                        classified.classification().approaches().get(0).id()).increment();
            } catch (RuntimeException e) {
                deadLetter(record, e);
            }
        }
    }

    private void deadLetter(ConsumerRecord<?, ?> record, Exception cause) {
        log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), cause.toString());
        deadLetters.accept(record, cause);
        meters.counter("rostrum.classify.dead.letters", "topic", record.topic()).increment();
    }
}
