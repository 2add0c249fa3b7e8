package io.rostrum.analytics.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.PostClassified;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Indexes classified posts, committing a poll's offsets only after Elasticsearch has made all of it durable. */
@Component
class PostIndexer {

    private final BatchIndexing indexing;
    private final PostDocuments documents;
    private final Counter indexed;
    private final ApplicationEventPublisher events;

    PostIndexer(BatchIndexing indexing, PostDocuments documents, MeterRegistry meters,
                ApplicationEventPublisher events) {
        this.indexing = indexing;
        this.documents = documents;
        this.indexed = meters.counter("rostrum.analytics.indexed", "index", "posts");
        this.events = events;
    }

    /**
     * Two consumers by default: a poll waits for its own bulk requests, so one consumer keeps at most one poll's
     * bulk in flight however many the ingester allows; a second overlaps its mapping and Kafka round trips with the
     * first one's bulk. Each partition still has one consumer, so an executive's posts keep their order.
     */
    @KafkaListener(id = "post-indexer", topics = "#{@analyticsTopics.classified}",
            groupId = "#{@analyticsTopics.group}", concurrency = "${rostrum.analytics.indexing.consumers:2}")
    void onClassifiedPosts(List<ConsumerRecord<String, PostClassified>> records) throws IOException {
        int written = indexing.index(records, documents);
        indexed.increment(written);
        events.publishEvent(new PostsIndexed(written));
    }
}
