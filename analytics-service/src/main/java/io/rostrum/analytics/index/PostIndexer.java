package io.rostrum.analytics.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.PostClassified;
import java.io.IOException;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Indexes classified posts, one bulk request per poll, committing offsets only after Elasticsearch acknowledges. */
@Component
class PostIndexer {

    private final BatchIndexing indexing;
    private final IndexNames names;
    private final Counter indexed;

    PostIndexer(BatchIndexing indexing, IndexNames names, MeterRegistry meters) {
        this.indexing = indexing;
        this.names = names;
        this.indexed = meters.counter("rostrum.analytics.indexed", "index", "posts");
    }

    @KafkaListener(id = "post-indexer", topics = "#{@analyticsTopics.classified}",
            groupId = "#{@analyticsTopics.group}")
    void onClassifiedPosts(List<ConsumerRecord<String, PostClassified>> records) throws IOException {
        indexed.increment(indexing.index(names.posts(), records, classified -> {
            PostDocument document = PostDocument.of(classified);
            return new BatchIndexing.Document(document.postKey(), document.version(), document);
        }));
    }
}
