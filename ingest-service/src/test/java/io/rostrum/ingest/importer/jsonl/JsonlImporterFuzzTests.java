package io.rostrum.ingest.importer.jsonl;

import static io.rostrum.support.fuzz.FuzzChecks.assertClear;
import static io.rostrum.support.fuzz.FuzzChecks.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.PostObserved;
import io.rostrum.ingest.FuzzSamples;
import io.rostrum.ingest.importer.Exports;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import io.rostrum.support.fuzz.FuzzInput;
import io.rostrum.support.fuzz.FuzzInputs;
import io.rostrum.support.fuzz.FuzzProperty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 8: a JSON Lines file, plain or gzip-compressed, that is random, cut short or edited is imported with each
 * unreadable line skipped by its number, or, when the file itself cannot be read on (a broken gzip stream), fails
 * with an ImportException naming the file; never another exception, never a hang. A file cut short yields the
 * posts of the lines before the cut.
 */
class JsonlImporterFuzzTests {

    private static final FuzzInput LINES = FuzzSamples.demoPosts(9);
    private static final FuzzInput GZIPPED = new FuzzInput("demo posts.jsonl.gz", gzip(LINES.bytes()));
    private static final List<FuzzInput> FILES = List.of(LINES, GZIPPED);

    private final JsonlImporter importer = new JsonlImporter(JsonMapper.builder().build());
    private final Path folder = temporaryFolder();
    private final Path file = folder.resolve("posts.jsonl");
    private final String executive;
    private final List<PostObserved> whole;

    JsonlImporterFuzzTests() throws Exception {
        executive = LINES.text().replaceFirst("(?s).*?\"executiveId\":\"([^\"]+)\".*", "$1");
        whole = read(LINES).posts();
    }

    /** What an import sent to the sink, and what it reported. */
    record Read(List<PostObserved> posts, @Nullable ImportSummary summary, @Nullable Throwable failure) {
    }

    @AfterEach
    void removeFolder() throws IOException {
        Files.deleteIfExists(file);
        Files.delete(folder);
    }

    @Test
    void randomFilesAreReadLineByLineOrFailNamingTheFile() {
        FuzzProperty.forAll(FuzzInputs.random(FILES), this::assertReadOrFailedNamingTheFile);
    }

    @Test
    void aTruncatedFileYieldsThePostsBeforeTheCut() {
        FuzzProperty.forAll(FuzzInputs.truncations(FILES), content -> {
            Read read = assertReadOrFailedNamingTheFile(content);

            assertThat(read.posts().size()).isLessThanOrEqualTo(whole.size());
            assertThat(read.posts()).as("the posts of the lines before the cut")
                    .isEqualTo(whole.subList(0, read.posts().size()));
            if (read.summary() != null) {
                assertThat(read.summary().skipped()).as("lines skipped: only the one cut short")
                        .hasSizeLessThanOrEqualTo(1);
            }
        });
    }

    @Test
    void editedFilesAreReadLineByLineOrFailNamingTheFile() {
        FuzzProperty.forAll(FuzzInputs.mutations(FILES), this::assertReadOrFailedNamingTheFile);
    }

    private Read assertReadOrFailedNamingTheFile(FuzzInput content) throws Exception {
        Read read = read(content);
        if (read.failure() != null) {
            assertClear(read.failure(), ImportException.class, file.toString());
        } else {
            assertThat(read.summary().skipped()).allSatisfy(skipped -> assertThat(skipped.where())
                    .matches(where -> where.startsWith(file + " line ") || where.equals("(more)")));
        }
        return read;
    }

    private Read read(FuzzInput content) throws Exception {
        Files.write(file, content.bytes());
        Exports.Collected sink = new Exports.Collected();
        ImportSummary[] summary = new ImportSummary[1];
        Throwable failure = failureOf(() -> summary[0] = importer.read(file, executive, sink));
        return new Read(sink.posts(), summary[0], failure);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("rostrum-fuzz-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
