package io.rostrum.ingest.importer;

import static io.rostrum.support.fuzz.FuzzChecks.assertClear;
import static io.rostrum.support.fuzz.FuzzChecks.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.rostrum.events.PostObserved;
import io.rostrum.ingest.FuzzSamples;
import io.rostrum.ingest.importer.linkedin.LinkedInImporter;
import io.rostrum.ingest.importer.x.XArchiveImporter;
import io.rostrum.support.fuzz.Cases;
import io.rostrum.support.fuzz.FuzzInput;
import io.rostrum.support.fuzz.FuzzInputs;
import io.rostrum.support.fuzz.FuzzProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8: an export's .zip that is random, cut short or corrupt is imported, or fails with an ImportException
 * naming the zip before any post reaches the sink; never another exception, never a hang. A zip cut short either
 * fails or still holds every wanted entry whole (the cut fell in the central directory, which a streamed zip does
 * not need).
 */
class ZippedExportFuzzTests {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final ExportImporters importers = ExportImporters.standard(JsonMapper.builder().build(), Clock.systemUTC());
    private final Path folder = temporaryFolder();
    private final Path zip = folder.resolve("export.zip");
    private final List<Zipped> exports = List.of(
            zipped(XArchiveImporter.FORMAT, "x-archive", "twitter-2024-06-01/"),
            zipped(LinkedInImporter.FORMAT, "linkedin", ""));

    /** An export fixture zipped as the platform sends it, and what importing the zip yields. */
    record Zipped(String format, FuzzInput zip, List<PostObserved> posts) {
    }

    /** What the zip held: one of the zipped exports, changed. */
    record Sent(Zipped export, FuzzInput content) {

        @Override
        public String toString() {
            return export.format() + " " + content;
        }
    }

    @AfterEach
    void removeFolder() throws IOException {
        Files.deleteIfExists(zip);
        Files.delete(folder);
    }

    /** Random bytes after the zip signature, so that they are read as a zip and not as a lone export file. */
    @Test
    void randomZipsFailNamingTheZip() {
        List<FuzzInput> samples = exports.stream().map(Zipped::zip).toList();
        FuzzProperty.forAll(sent(export -> FuzzInputs.random(samples).map(random -> new FuzzInput(random.origin()
                + " after the zip signature", concat(ZIP_MAGIC, random.bytes())))),
                this::assertReadOrFailedBeforeAnyPost);
    }

    @Test
    void aTruncatedZipFailsNamingItOrLosesNothing() {
        Cases<Sent> truncated = Cases.concat(exports, export -> FuzzInputs.truncations(List.of(export.zip()))
                .map(content -> new Sent(export, content)));
        FuzzProperty.forAll(truncated, sent -> {
            List<PostObserved> read = assertReadOrFailedBeforeAnyPost(sent);

            if (read != null) {
                assertThat(read).isEqualTo(sent.export().posts());
            }
        });
    }

    @Test
    void aCorruptZipIsReadOrFailsNamingTheZip() {
        FuzzProperty.forAll(sent(export -> FuzzInputs.mutations(List.of(export.zip()))),
                this::assertReadOrFailedBeforeAnyPost);
    }

    private Gen<Sent> sent(Function<Zipped, Gen<FuzzInput>> contents) {
        return arbitrary().pick(exports).flatMap(export -> contents.apply(export)
                .map(content -> new Sent(export, content)));
    }

    /** @return the posts read, or null when the import failed */
    private @Nullable List<PostObserved> assertReadOrFailedBeforeAnyPost(Sent sent) throws Exception {
        Files.write(zip, sent.content().bytes());
        Exports.Collected sink = new Exports.Collected();
        Throwable failure = failureOf(() -> importers.get(sent.export().format()).read(zip, "big-ceo", sink));
        if (failure == null) {
            return sink.posts();
        }
        assertClear(failure, ImportException.class, zip.toString());
        assertThat(sink.posts()).as("posts sent before the import failed").isEmpty();
        return null;
    }

    private Zipped zipped(String format, String fixture, String prefix) {
        Exports.zip(Exports.fixture(fixture), prefix, zip);
        FuzzInput content = FuzzSamples.file(zip, fixture + ".zip");
        Exports.Collected sink = new Exports.Collected();
        importers.get(format).read(zip, "big-ceo", sink);
        return new Zipped(format, content, sink.posts());
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] joined = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, joined, head.length, tail.length);
        return joined;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("rostrum-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
