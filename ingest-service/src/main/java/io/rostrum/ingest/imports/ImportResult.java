package io.rostrum.ingest.imports;

import java.util.List;

/**
 * What one import file yielded.
 *
 * @param errors the first rejected lines with their reasons (at most 100; {@code rejected} counts them all)
 */
public record ImportResult(String source, long accepted, long rejected, List<LineError> errors) {

    public ImportResult {
        errors = List.copyOf(errors);
    }
}
