package io.rostrum.ingest.imports;

/** Why one line of an import file was not taken. */
public record LineError(long line, String reason) {
}
