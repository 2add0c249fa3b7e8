package io.rostrum.ingest.web;

import io.rostrum.events.PostObserved;
import io.rostrum.ingest.imports.ImportCounts;
import io.rostrum.ingest.imports.ImportHistory;
import io.rostrum.ingest.imports.ImportResult;
import io.rostrum.ingest.imports.JsonlReader;
import io.rostrum.ingest.imports.LineError;
import io.rostrum.ingest.publish.EventPublisher;
import io.rostrum.ingest.registry.ExecutiveRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports: what ran since start-up, and {@code POST /api/imports/{executiveId}} taking a batch of normalised
 * posts as JSON Lines (what {@code ./rostrum import} sends). A batch is all or nothing: any faulty line refuses it
 * whole, with every fault by line number, before anything is published.
 */
@RestController
class ImportsController {

    private final ImportHistory history;
    private final ExecutiveRegistry registry;
    private final EventPublisher publisher;
    private final JsonlReader<PostObserved> reader;
    private final ImportCounts counts;

    ImportsController(ImportHistory history, ExecutiveRegistry registry, EventPublisher publisher, JsonMapper json,
                      ImportCounts counts) {
        this.history = history;
        this.counts = counts;
        this.registry = registry;
        this.publisher = publisher;
        this.reader = new JsonlReader<>(json, PostObserved.class);
    }

    @GetMapping("/api/imports")
    List<ImportResult> imports() {
        return history.all();
    }

    @PostMapping(path = "/api/imports/{executiveId}", consumes = {"application/x-ndjson", "application/jsonl"})
    Mono<ResponseEntity<ImportResult>> importBatch(@PathVariable String executiveId, @RequestBody String lines) {
        if (registry.find(executiveId).isEmpty()) {
            return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "executive '" + executiveId
                    + "' is not registered: add them first (POST /api/executives)"));
        }
        return Mono.fromCallable(() -> publish(executiveId, lines)).subscribeOn(Schedulers.boundedElastic());
    }

    private ResponseEntity<ImportResult> publish(String executiveId, String lines) {
        List<PostObserved> posts = new ArrayList<>();
        ImportResult read = reader.read("upload", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
                posts::add);
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
