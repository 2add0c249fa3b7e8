package io.rostrum.ingest.importer.feed;

import static io.rostrum.support.fuzz.FuzzChecks.assertClear;
import static io.rostrum.support.fuzz.FuzzChecks.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.PostObserved;
import io.rostrum.ingest.FuzzSamples;
import io.rostrum.ingest.importer.Exports;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.support.fuzz.Cases;
import io.rostrum.support.fuzz.FuzzInput;
import io.rostrum.support.fuzz.FuzzInputs;
import io.rostrum.support.fuzz.FuzzProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: a saved RSS or Atom file that is random, cut short or edited is imported, or fails with an
 * ImportException naming the file before any post reaches the sink; never another exception, never a hang.
 */
class FeedFileImporterFuzzTests {

    private static final String EXECUTIVE = "jonas";
    private static final List<FuzzInput> FEEDS = List.of(FuzzSamples.resource("/feeds/leadership-blog.rss.xml"),
            FuzzSamples.resource("/feeds/board-letters.atom"), FuzzSamples.resource("/feeds/injection.rss.xml"));

    private final FeedFileImporter importer =
            new FeedFileImporter(Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    private final Path folder = temporaryFolder();
    private final Path file = folder.resolve("saved-feed.xml");
    private final Map<FuzzInput, List<PostObserved>> whole = FEEDS.stream()
            .collect(Collectors.toMap(Function.identity(), feed -> read(feed.bytes())));

    /** What the file held: one of the valid feeds, changed. */
    record Saved(FuzzInput feed, FuzzInput content) {

        @Override
        public String toString() {
            return content.toString();
        }
    }

    @AfterEach
    void removeFolder() throws IOException {
        Files.deleteIfExists(file);
        Files.delete(folder);
    }

    @Test
    void randomFilesAreReadOrFailNamingTheFile() {
        FuzzProperty.forAll(FuzzInputs.random(FEEDS), this::assertReadOrFailedBeforeAnyPost);
    }

    @Test
    void aTruncatedFeedFailsNamingTheFileOrLosesNothing() {
        Cases<Saved> truncated = Cases.concat(FEEDS, feed -> FuzzInputs.truncations(List.of(feed))
                .map(cut -> new Saved(feed, cut)));
        FuzzProperty.forAll(truncated, saved -> {
            List<PostObserved> read = assertReadOrFailedBeforeAnyPost(saved.content());

            if (read != null) {
                assertThat(read).as("a cut that leaves the XML whole only drops what follows it")
                        .isEqualTo(whole.get(saved.feed()));
            }
        });
    }

    @Test
    void editedFeedsAreReadOrFailNamingTheFile() {
        FuzzProperty.forAll(FuzzInputs.mutations(FEEDS), this::assertReadOrFailedBeforeAnyPost);
    }

    /** @return the posts read, or null when the import failed */
    private @Nullable List<PostObserved> assertReadOrFailedBeforeAnyPost(FuzzInput content) throws Exception {
        Files.write(file, content.bytes());
        Exports.Collected sink = new Exports.Collected();
        Throwable failure = failureOf(() -> importer.read(file, EXECUTIVE, sink));
        if (failure == null) {
            return sink.posts();
        }
        assertClear(failure, ImportException.class, file.toString());
        assertThat(sink.posts()).as("posts sent before the import failed").isEmpty();
        return null;
    }

    private List<PostObserved> read(byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Exports.Collected sink = new Exports.Collected();
        importer.read(file, EXECUTIVE, sink);
        return sink.posts();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("rostrum-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
