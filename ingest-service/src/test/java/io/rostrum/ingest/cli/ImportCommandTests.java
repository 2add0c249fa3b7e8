package io.rostrum.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ImportCommandTests {

    private static final String ARCHIVE = "src/test/resources/exports/x-archive";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ImportCommand command = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of());

    @Test
    void aDryRunPrintsTheNormalisedPostsAndASummaryWithoutAnyStack() {
        int status = command.run(List.of("--executive", "ceo-ava", "--format", "x-archive", ARCHIVE, "--dry-run"));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(status).isZero();
        assertThat(lines).hasSize(5).allSatisfy(line -> assertThat(line)
                .startsWith("{\"schemaVersion\":1").contains("\"executiveId\":\"ceo-ava\"", "\"platform\":\"x\""));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Read 5 posts from a x-archive export",
                "executive-reply    1", "repost             1", "Skipped 3 entries:");
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheFormatsThereAre() {
        int status = command.run(List.of("--executive", "ceo-ava", "--format", "myspace", ARCHIVE, "--dry-run"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("no importer for format 'myspace'; expected one of x-archive, linkedin, rss, jsonl");
    }

    @Test
    void aMissingPathIsAUsageError() {
        int status = command.run(List.of("--executive", "ceo-ava", "--format", "jsonl"));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(ImportOptions.USAGE);
    }

    @Test
    void sendsLongPostsInBatchesThatStayUnderTheBatchSize(@TempDir Path folder) throws Exception {
        Path export = folder.resolve("long-posts.jsonl");
        JsonMapper json = JsonMapper.builder().build();
        Files.write(export, IntStream.rangeClosed(1, 300).mapToObj(n -> json.writeValueAsString(longPost(n))).toList());
        try (MockWebServer ingest = new MockWebServer()) {
            ingest.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse().setBody("{}");
                }
            });
            ingest.start();
            ImportCommand uploading = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), false, Map.of("ROSTRUM_INGEST_URL",
                    ingest.url("/").toString(), "ROSTRUM_API_USER", "api", "ROSTRUM_API_PASSWORD", "test-only"));

            int status = uploading.run(List.of("--executive", "ceo-ava", "--format", "jsonl", export.toString()));

            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(ingest.getRequestCount()).as("300 posts of 20,000 characters, about 6 MB").isEqualTo(2);
            assertThat(List.of(ingest.takeRequest().getBodySize(), ingest.takeRequest().getBodySize())).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(ImportCommand.BATCH_BYTES));
        }
    }

    private static PostObserved longPost(int n) {
        Instant at = Instant.parse("2026-03-02T09:00:00Z").plusSeconds(n);
        return PostObserved.observe("ceo-ava", Platform.RSS, "article-" + n, PostKind.EXECUTIVE_POST,
                new Author("blog.example", "blog.example", "Ava", null, 0, true), null, null, at, "x".repeat(20_000),
                "en", null, new MetricSnapshot(0, 0, 0, 0, at));
    }

    @Test
    void anImportWithoutCredentialsSaysHowToProvideThem() {
        int status = command.run(List.of("--executive", "ceo-ava", "--format", "x-archive", ARCHIVE));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no API credentials");
    }
}
