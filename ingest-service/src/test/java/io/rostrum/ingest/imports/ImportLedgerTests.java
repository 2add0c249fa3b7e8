package io.rostrum.ingest.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportLedgerTests {

    @Test
    void remembersAFinishedImportAcrossInstances(@TempDir Path directory) {
        new ImportLedger(directory).record("abc123", "demo", 42, Instant.parse("2026-11-25T10:00:00Z"));

        ImportLedger reopened = new ImportLedger(directory);

        assertThat(reopened.contains("abc123")).isTrue();
        assertThat(reopened.contains("abc")).isFalse();
        assertThat(reopened.contains("def456")).isFalse();
    }
}
