package io.rostrum.ingest.web;

import io.rostrum.events.PostObserved;
import io.rostrum.ingest.config.IngestProperties;
import io.rostrum.ingest.imports.ImportCounts;
import io.rostrum.ingest.imports.ImportHistory;
import io.rostrum.ingest.imports.ImportResult;
import io.rostrum.ingest.imports.JsonlReader;
import io.rostrum.ingest.imports.LineError;
import io.rostrum.ingest.publish.EventPublisher;
import io.rostrum.ingest.registry.ExecutiveRegistry;
import io.rostrum.support.web.RequestBodyLimit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports: what ran since start-up, and {@code POST /api/imports/{executiveId}} taking a batch of normalised
 * posts as JSON Lines (what {@code ./rostrum import} sends). A batch is all or nothing: any faulty line refuses it
 * whole, with every fault by line number, before anything is published. A batch may be larger than other requests
 * ({@code rostrum.ingest.imports.max-request-size}), so it is read here rather than by the size-limited codecs.
 */
@RestController
class ImportsController {

    private final ImportHistory history;
    private final ExecutiveRegistry registry;
    private final EventPublisher publisher;
    private final JsonlReader<PostObserved> reader;
    private final ImportCounts counts;
    private final DataSize maxRequestSize;

    ImportsController(ImportHistory history, ExecutiveRegistry registry, EventPublisher publisher, JsonMapper json,
                      ImportCounts counts, IngestProperties properties) {
        this.history = history;
        this.counts = counts;
        this.registry = registry;
        this.publisher = publisher;
        this.reader = new JsonlReader<>(json, PostObserved.class);
        this.maxRequestSize = properties.imports().maxRequestSize();
    }

    @GetMapping("/api/imports")
    List<ImportResult> imports() {
        return history.all();
    }

    @PostMapping(path = "/api/imports/{executiveId}", consumes = {"application/x-ndjson", "application/jsonl"})
    Mono<ResponseEntity<ImportResult>> importBatch(@PathVariable String executiveId,
                                                   @RequestHeader HttpHeaders headers,
                                                   @RequestBody Flux<DataBuffer> lines) {
        if (registry.find(executiveId).isEmpty()) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "executive '" + executiveId
                    + "' is not registered: add them first (POST /api/executives)"));
        }
        // refused before reading when the client says how large it is; else while reading, at the limit
        if (headers.getContentLength() > maxRequestSize.toBytes()) {
            return Mono.error(tooLarge());
        }
        return DataBufferUtils.join(lines, Math.toIntExact(maxRequestSize.toBytes()))
                .onErrorMap(DataBufferLimitException.class, e -> tooLarge())
                .publishOn(Schedulers.boundedElastic())
                .map(batch -> {
                    try (InputStream input = batch.asInputStream(true)) {
                        return publish(executiveId, input);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private ResponseStatusException tooLarge() {
        return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "an import batch may be at most "
                + RequestBodyLimit.readable(maxRequestSize)
                + " (rostrum.ingest.imports.max-request-size): send fewer lines per request");
    }

    private ResponseEntity<ImportResult> publish(String executiveId, InputStream lines) {
        List<PostObserved> posts = new ArrayList<>();
        ImportResult read = reader.read("upload", lines, posts::add);
        List<LineError> errors = new ArrayList<>(read.errors());
        long foreign = posts.stream().filter(post -> !post.executiveId().equals(executiveId)).count();
        posts.stream().filter(post -> !post.executiveId().equals(executiveId)).limit(10).forEach(post -> errors.add(
                new LineError(0, post.postKey() + " belongs to executive '" + post.executiveId() + "', not '"
                        + executiveId + "'")));
        if (!errors.isEmpty()) {
            counts.count(ImportCounts.IMPORT, 0, read.rejected() + foreign);
            return ResponseEntity.unprocessableEntity()
                    .body(new ImportResult("upload", 0, read.rejected() + foreign, errors));
        }
        CompletableFuture.allOf(posts.stream().map(publisher::publish).toArray(CompletableFuture[]::new)).join();
        ImportResult result = new ImportResult("upload for " + executiveId, posts.size(), 0, List.of());
        history.add(result);
        counts.count(ImportCounts.IMPORT, posts.size(), 0);
        return ResponseEntity.ok(result);
    }
}
