package io.rostrum.analytics.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes one Kafka batch to Elasticsearch in one bulk request and returns only once Elasticsearch has
 * acknowledged it, so the consumer commits offsets only for documents that are durable. Each document carries
 * an external version (its observation time): replays and re-observations upsert, and an older observation never
 * overwrites a newer one.
 */
@Component
public class BulkWriter {

    private static final int NOT_FOUND = 404;
    private static final int VERSION_CONFLICT = 409;
    private static final int TOO_MANY_REQUESTS = 429;

    private final ElasticsearchClient elasticsearch;
    private final IndexTemplates templates;
    private final Timer bulkTimer;

    BulkWriter(ElasticsearchClient elasticsearch, IndexTemplates templates, MeterRegistry meters) {
        this.elasticsearch = elasticsearch;
        this.templates = templates;
        this.bulkTimer = meters.timer("rostrum.analytics.bulk");
    }

    /** A document to write, with the id and version that make the write idempotent, and where it came from. */
    public record Write<S>(S source, String id, long version, Object document) {
    }

    /** A write Elasticsearch refused for good (a mapping error, say); retrying it would fail the same way. */
    public record Refusal<S>(S source, String reason) {
    }

    /**
     * @return the writes Elasticsearch refused for good; the others are durable
     * @throws IOException              when Elasticsearch cannot be reached
     * @throws RetryableIndexingException when it is overloaded or failing: the whole batch should be retried
     */
    public <S> List<Refusal<S>> write(String index, List<Write<S>> writes) throws IOException {
        if (writes.isEmpty()) {
            return List.of();
        }
        templates.ensureInstalled();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (Write<S> write : writes) {
            bulk.operations(operation -> operation.index(document -> document.index(index).id(write.id())
                    .version(write.version()).versionType(VersionType.ExternalGte).document(write.document())));
        }
        BulkResponse response = record(bulk.build());
        if (!response.errors()) {
            return List.of();
        }
        List<Refusal<S>> refusals = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            BulkResponseItem item = response.items().get(i);
            if (item.error() == null || item.status() == VERSION_CONFLICT) {
                continue; // a conflict means a newer observation of this post is already indexed
            }
            if (item.status() == TOO_MANY_REQUESTS || item.status() >= 500) {
                throw new RetryableIndexingException("Elasticsearch refused a write with status " + item.status()
                        + " (" + item.error().type() + "); retrying the batch");
            }
            refusals.add(new Refusal<>(writes.get(i).source(), item.error().type() + ": " + item.error().reason()));
        }
        return refusals;
    }

    /** Deletes documents by id; one already gone counts as deleted. */
    public void delete(String index, List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        templates.ensureInstalled();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        ids.forEach(id -> bulk.operations(operation -> operation.delete(delete -> delete.index(index).id(id))));
        for (BulkResponseItem item : record(bulk.build()).items()) {
            if (item.error() != null && item.status() != NOT_FOUND) {
                throw new RetryableIndexingException("Elasticsearch refused a deletion with status " + item.status()
                        + " (" + item.error().type() + "); retrying the batch");
            }
        }
    }

    private BulkResponse record(BulkRequest request) throws IOException {
        Timer.Sample sample = Timer.start();
        try {
            return elasticsearch.bulk(request);
        } finally {
            sample.stop(bulkTimer);
        }
    }
}
