package io.rostrum.ingest.importer.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.importer.Exports;
import io.rostrum.ingest.importer.ImportException;
import io.rostrum.ingest.importer.ImportSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class JsonlImporterTests {

    private static final String POST = """
            {"schemaVersion":1,"eventId":"e1","postKey":"mastodon:1","executiveId":"dana","platform":"mastodon",\
            "nativeId":"1","kind":"executive-post","author":{"id":"a","handle":"dana@acme.example",\
            "displayName":"Dana","followers":10,"executive":true},"createdAt":"2026-05-01T10:00:00Z",\
            "text":"Results are out.","metrics":{"replies":0,"reposts":0,"likes":1,"quotes":0,\
            "observedAt":"2026-05-01T12:00:00Z"}}""";

    private final JsonlImporter importer = new JsonlImporter(JsonMapper.builder().build());
    private final Exports.Collected sink = new Exports.Collected();

    @TempDir
    Path temp;

    @Test
    void takesTheExecutivesLinesAndSkipsOthersAndBrokenOnesByLineNumber() throws IOException {
        Path file = Files.writeString(temp.resolve("posts.jsonl"), String.join("\n", POST, "",
                POST.replace("\"executiveId\":\"dana\"", "\"executiveId\":\"lee\""), "{\"schemaVersion\":1,",
                POST.replace(":1\"", ":2\"").replace("\"nativeId\":\"1\"", "\"nativeId\":\"2\"")
                        .replace("2026-05-01T10", "2026-05-03T10")));

        ImportSummary summary = importer.read(file, "dana", sink);

        assertThat(sink.posts()).extracting(PostObserved::postKey).containsExactly("mastodon:1", "mastodon:2");
        assertThat(summary.byKind()).isEqualTo(Map.of(PostKind.EXECUTIVE_POST, 2L));
        assertThat(summary.first()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(summary.last()).isEqualTo(Instant.parse("2026-05-03T10:00:00Z"));
        assertThat(summary.skipped()).extracting(ImportSummary.Skipped::where)
                .containsExactly(file + " line 3", file + " line 4");
        assertThat(summary.skipped().get(0).reason()).isEqualTo("belongs to executive 'lee', not 'dana'");
    }

    @Test
    void readsGzipCompressedLinesWhateverTheFileIsCalled() throws IOException {
        Path file = temp.resolve("posts.jsonl");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((POST + "\n").getBytes(StandardCharsets.UTF_8));
        }

        ImportSummary summary = importer.read(file, "dana", sink);

        assertThat(summary.total()).isEqualTo(1);
        assertThat(sink.posts().get(0).text()).isEqualTo("Results are out.");
    }

    @Test
    void aTruncatedGzipFileFailsNamingTheFileAndTheLastLineRead() throws IOException {
        Path whole = temp.resolve("whole.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            for (int i = 0; i < 200; i++) {
                out.write((POST + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(temp.resolve("cut.jsonl.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> importer.read(cut, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(cut + ", after line ")
                .hasMessageEndingWith("expected a complete UTF-8 or gzip file");
    }

    @Test
    void aFolderWithoutJsonlFilesNamesWhatWasExpected() {
        assertThatThrownBy(() -> importer.read(temp, "dana", sink))
                .isInstanceOf(ImportException.class)
                .hasMessage(temp + ": expected a .jsonl or .jsonl.gz file of observations, found none");
    }
}
