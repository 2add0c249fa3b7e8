package io.rostrum.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
    void anImportWithoutCredentialsSaysHowToProvideThem() {
        int status = command.run(List.of("--executive", "ceo-ava", "--format", "x-archive", ARCHIVE));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no API credentials");
    }
}
