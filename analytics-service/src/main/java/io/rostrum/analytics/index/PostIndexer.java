package io.rostrum.analytics.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.PostClassified;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Indexes classified posts, committing a poll's offsets only after Elasticsearch has made all of it durable. */
@Component
class PostIndexer {

    private final BatchIndexing indexing;
    private final PostDocuments documents;
    private final Counter indexed;

    PostIndexer(BatchIndexing indexing, PostDocuments documents, MeterRegistry meters) {
        this.indexing = indexing;
        this.documents = documents;
        this.indexed = meters.counter("rostrum.analytics.indexed", "index", "posts");
    }

    @KafkaListener(id = "post-indexer", topics = "#{@analyticsTopics.classified}",
            groupId = "#{@analyticsTopics.group}")
    void onClassifiedPosts(List<ConsumerRecord<String, PostClassified>> records) throws IOException {
        indexed.increment(indexing.index(records, documents));
    }
}
