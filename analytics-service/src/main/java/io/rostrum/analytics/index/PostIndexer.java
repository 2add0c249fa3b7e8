package io.rostrum.analytics.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.PostClassified;
import io.rostrum.support.kafka.DeadLetters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Indexes classified posts, one bulk request per poll, committing offsets only after Elasticsearch acknowledges. */
@Component
class PostIndexer {

    private final BulkWriter writer;
    private final IndexNames names;
    private final DeadLetters deadLetters;
    private final Counter indexed;

    PostIndexer(BulkWriter writer, IndexNames names, DeadLetters deadLetters, MeterRegistry meters) {
        this.writer = writer;
        this.names = names;
        this.deadLetters = deadLetters;
        this.indexed = meters.counter("rostrum.analytics.indexed", "index", "posts");
    }

    @KafkaListener(id = "post-indexer", topics = "#{@analyticsTopics.classified}",
            groupId = "#{@analyticsTopics.group}")
    void onClassifiedPosts(List<ConsumerRecord<String, PostClassified>> records) throws IOException {
        List<BulkWriter.Write<ConsumerRecord<String, PostClassified>>> writes = new ArrayList<>();
        for (ConsumerRecord<String, PostClassified> record : records) {
            if (record.value() == null) {
                deadLetters.send(record, DeadLetters.unreadable(record));
                continue;
            }
            PostDocument document = PostDocument.of(record.value());
            writes.add(new BulkWriter.Write<>(record, document.postKey(), document.version(), document));
        }
        List<BulkWriter.Refusal<ConsumerRecord<String, PostClassified>>> refusals =
                writer.write(names.posts(), writes);
        refusals.forEach(refusal -> deadLetters.send(refusal.source(), new IllegalArgumentException(refusal.reason())));
        indexed.increment(writes.size() - refusals.size());
    }
}
