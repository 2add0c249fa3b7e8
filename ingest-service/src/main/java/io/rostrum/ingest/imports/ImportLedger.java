package io.rostrum.ingest.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/**
 * Remembers which files were imported completely, by content digest, so a restart does not publish a dataset
 * a second time. Only a finished import is recorded: one interrupted half-way runs again in full, and the
 * downstream upsert by post key absorbs the repeats.
 */
public final class ImportLedger {

    private final Path file;

    public ImportLedger(Path directory) {
        this.file = directory.resolve("imports.ledger");
    }

    public boolean contains(String digest) {
        return entries().stream().anyMatch(line -> line.startsWith(digest + " "));
    }

    public void record(String digest, String name, long accepted, Instant completedAt) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, digest + " " + completedAt + " " + accepted + " " + name + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the import ledger " + file, e);
        }
    }

    private List<String> entries() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the import ledger " + file, e);
        }
    }
}
