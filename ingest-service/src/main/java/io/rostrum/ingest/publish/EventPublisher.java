package io.rostrum.ingest.publish;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Topics;
import io.rostrum.ingest.config.IngestProperties;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The single writer of the raw-posts and executives topics. Records are keyed by executive id, so each
 * executive's posts keep their order; the producer is idempotent, so retries add no duplicates.
 */
@Component
public class EventPublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final String postsTopic;
    private final String executivesTopic;

    EventPublisher(KafkaTemplate<String, Object> kafka, IngestProperties properties) {
        this.kafka = kafka;
        this.postsTopic = Topics.POSTS_RAW.name(properties.topicPrefix());
        this.executivesTopic = Topics.EXECUTIVES.name(properties.topicPrefix());
    }

    public CompletableFuture<?> publish(PostObserved post) {
        return kafka.send(postsTopic, post.executiveId(), post);
    }

    public CompletableFuture<?> publish(ExecutiveRegistered executive) {
        return kafka.send(executivesTopic, executive.executiveId(), executive);
    }

    /** A tombstone for the executive: readers drop them, and compaction eventually forgets them. */
    public CompletableFuture<?> retire(String executiveId) {
        return kafka.send(executivesTopic, executiveId, null);
    }
}
