package io.rostrum.ingest.demo;

import io.rostrum.events.ExecutiveRegistered;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.config.IngestProperties;
import io.rostrum.ingest.imports.ImportCounts;
import io.rostrum.ingest.imports.ImportHistory;
import io.rostrum.ingest.imports.ImportLedger;
import io.rostrum.ingest.imports.ImportResult;
import io.rostrum.ingest.imports.JsonlReader;
import io.rostrum.ingest.publish.EventPublisher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the bundled demo dataset once: executives first, then their posts and replies. Runs off the
 * start-up thread so the service is healthy while it loads; the ledger keeps a restart from loading again.
 */
@Component
@ConditionalOnBooleanProperty("rostrum.ingest.demo.enabled")
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final IngestProperties.Demo demo;
    private final ResourceLoader resources;
    private final EventPublisher publisher;
    private final ImportLedger ledger;
    private final ImportHistory history;
    private final JsonMapper json;
    private final ImportCounts counts;
    private final Clock clock;

    DemoDataLoader(IngestProperties properties, ResourceLoader resources, EventPublisher publisher,
                   ImportHistory history, JsonMapper json, ImportCounts counts) {
        this.demo = properties.demo();
        this.resources = resources;
        this.publisher = publisher;
        this.ledger = new ImportLedger(properties.stateDir());
        this.history = history;
        this.json = json;
        this.counts = counts;
        this.clock = Clock.systemUTC();
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        new Thread(this::load, "demo-data-loader").start();
    }

    void load() {
        try {
            String digest = digest(demo.executives(), demo.posts());
            if (ledger.contains(digest)) {
                log.info("Demo dataset already loaded (ledger {}), nothing to publish", digest.substring(0, 12));
                return;
            }
            ImportResult executives = publishAll(demo.executives(), ExecutiveRegistered.class, publisher::publish);
            ImportResult posts = publishAll(demo.posts(), PostObserved.class, publisher::publish);
            ledger.record(digest, "demo", executives.accepted() + posts.accepted(), clock.instant());
            log.info("Demo dataset loaded: {} executives and {} posts published, {} lines rejected",
                    executives.accepted(), posts.accepted(), executives.rejected() + posts.rejected());
        } catch (RuntimeException e) {
            log.error("Loading the demo dataset failed; it will be loaded again at the next start", e);
        }
    }

    private <T> ImportResult publishAll(String location, Class<T> type,
                                        Function<T, CompletableFuture<?>> publish) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        Consumer<T> sink = record -> sends.add(publish.apply(record));
        ImportResult result;
        try (InputStream input = open(location)) {
            result = new JsonlReader<>(json, type).read(location, input, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
        // the ledger may only say "loaded" once the broker has acknowledged every record
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        result.errors().forEach(error -> log.warn("{} line {} rejected: {}", location, error.line(), error.reason()));
        counts.count(ImportCounts.DEMO, result.accepted(), result.rejected());
        history.add(result);
        return result;
    }

    private InputStream open(String location) throws IOException {
        Resource resource = resources.getResource(location);
        InputStream input = resource.getInputStream();
        return location.endsWith(".gz") ? new GZIPInputStream(input, 1 << 16) : input;
    }

    /** One SHA-256 over the files' bytes: a change to either makes it a new dataset. */
    private String digest(String... locations) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String location : locations) {
                try (InputStream input = new DigestInputStream(resources.getResource(location).getInputStream(),
                        sha256)) {
                    input.transferTo(OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo dataset: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
