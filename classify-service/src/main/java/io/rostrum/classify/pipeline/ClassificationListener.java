package io.rostrum.classify.pipeline;

import io.rostrum.classify.config.ClassifyTopics;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostObserved;
import io.rostrum.support.kafka.DeadLetters;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Read-process-write in one Kafka transaction per poll: the classified events, any dead letters and the
 * consumed offsets commit together or not at all, so a crash never loses or doubles a post.
 */
@Component
class ClassificationListener {

    private final PostClassification classification;
    private final KafkaTemplate<Object, Object> kafka;
    private final DeadLetters deadLetters;
    private final ClassifyTopics topics;
    private final ClassificationMetrics metrics;

    ClassificationListener(PostClassification classification, KafkaTemplate<Object, Object> kafka,
                           DeadLetters deadLetters, ClassifyTopics topics, ClassificationMetrics metrics) {
        this.classification = classification;
        this.kafka = kafka;
        this.deadLetters = deadLetters;
        this.topics = topics;
        this.metrics = metrics;
    }

    @KafkaListener(id = "classifier", topics = "#{@classifyTopics.raw}", groupId = "#{@classifyTopics.group}")
    void onPosts(List<ConsumerRecord<String, PostObserved>> records) {
        for (ConsumerRecord<String, PostObserved> record : records) {
            PostObserved post = record.value();
            if (post == null) {
                deadLetters.send(record, DeadLetters.unreadable(record));
                continue;
            }
            try {
                long start = System.nanoTime();
                PostClassified classified = classification.classify(post);
                metrics.record(classified, System.nanoTime() - start);
                kafka.send(topics.classified(), post.executiveId(), classified);
            } catch (RuntimeException e) {
                deadLetters.send(record, e);
            }
        }
    }
}
