package io.rostrum.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import io.rostrum.analytics.index.IndexNames;
import io.rostrum.analytics.index.IndexTemplates;
import io.rostrum.analytics.index.PostDocument;
import io.rostrum.classify.pipeline.PostClassification;
import io.rostrum.events.PostObserved;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * The ceiling the pipeline is measured against: the documents analytics-service would write for the same posts,
 * bulked straight into Elasticsearch. Same index template and month indices (analytics' {@link IndexTemplates}
 * and {@link IndexNames}, under a prefix of their own), same documents ({@link PostDocument#of} of the posts as
 * classify-service's {@link PostClassification} classifies them, serialised by the same mapper), same versioned
 * upserts. Answer links are left out: analytics looks them up in Elasticsearch, and they are two small fields
 * on one document in sixty. The bulk bodies are built before the clock starts, so only Elasticsearch is timed.
 */
final class RawBulkIndexing {

    /** Operations per bulk request, as analytics-service sends them. */
    static final int BATCH = 1_000;
    /** Requests in flight: enough to keep Elasticsearch's write threads (one per core) busy between requests. */
    static final int CONCURRENCY = 4;

    private final ElasticsearchCalls calls;
    private final IndexNames names;
    /** The Elasticsearch client's own mapper, as analytics' client serialises documents; one line each for NDJSON. */
    private final ObjectWriter json = new Jackson3JsonpMapper().objectMapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    RawBulkIndexing(ElasticsearchCalls calls, String prefix) {
        this.calls = calls;
        this.names = new IndexNames(prefix);
    }

    /** Installs analytics' index templates under this prefix, as analytics does before its first write. */
    void installTemplates(String elasticsearchUrl) throws IOException {
        ElasticsearchClient client = ElasticsearchClient.of(config -> config.host(elasticsearchUrl)
                .jsonMapper(new Jackson3JsonpMapper()));
        try {
            new IndexTemplates(client, names).ensureInstalled();
        } finally {
            client._transport().close();
        }
    }

    /** Classifies the posts in order (thread context included) and builds the bulk requests of their documents. */
    List<byte[]> bodies(List<PostObserved> posts, PostClassification classification) {
        List<byte[]> bodies = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int inBody = 0;
        for (PostObserved post : posts) {
            PostDocument document = PostDocument.of(classification.classify(post), null);
            Map<String, Object> operation = new LinkedHashMap<>();
            operation.put("_index", names.posts(post.createdAt()));
            operation.put("_id", document.postKey());
            operation.put("version", document.version());
            operation.put("version_type", "external_gte");
            json.writeValue(body, Map.of("index", operation));
            body.write('\n');
            json.writeValue(body, document);
            body.write('\n');
            if (++inBody == BATCH) {
                bodies.add(body.toByteArray());
                body.reset();
                inBody = 0;
            }
        }
        if (inBody > 0) {
            bodies.add(body.toByteArray());
        }
        return bodies;
    }

    /**
     * Sends the bodies, {@link #CONCURRENCY} at a time, then refreshes so every document is searchable, as the
     * pipeline's figure requires too.
     *
     * @return seconds from the first request to all documents searchable
     */
    double index(List<byte[]> bodies, long documents, long timeoutSeconds) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENCY);
        long start = System.nanoTime();
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < CONCURRENCY; i++) {
                sent.add(senders.submit(() -> {
                    for (int body = next.getAndIncrement(); body < bodies.size(); body = next.getAndIncrement()) {
                        calls.bulk(bodies.get(body));
                    }
                }));
            }
            for (Future<?> sender : sent) {
                sender.get(Math.max(1, timeoutSeconds - (System.nanoTime() - start) / 1_000_000_000L),
                        TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }
        calls.refresh(names.posts());
        double seconds = (System.nanoTime() - start) / 1e9;
        long count = calls.count(names.posts());
        if (count != documents) {
            throw new IllegalStateException("raw bulk indexing left " + count + " of " + documents + " documents");
        }
        return seconds;
    }

    /** Deletes what the raw run wrote, so the pipeline run starts on an Elasticsearch as empty as this one did. */
    void deleteIndices() {
        calls.deleteIndices(names.prefix() + "*");
    }
}
