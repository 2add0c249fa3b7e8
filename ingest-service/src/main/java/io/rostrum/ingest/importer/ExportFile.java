package io.rostrum.ingest.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One file of an export, ready to read.
 *
 * @param name         how messages name it: its path, or {@code export.zip!data/tweets.js} for a zip entry
 * @param lastModified when the export wrote it (for a zip entry, the entry's time)
 */
public record ExportFile(String name, Path path, Instant lastModified) {

    /** The bare file name, without folders. */
    public String baseName() {
        return path.getFileName().toString();
    }

    public InputStream open() {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new ImportException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    static ExportFile of(String name, Path path) {
        try {
            return new ExportFile(name, path, Files.getLastModifiedTime(path).toInstant());
        } catch (IOException e) {
            throw new ImportException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
