package io.rostrum.ingest.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON Lines one record at a time. A line that does not parse into a valid record is reported with its
 * line number and skipped; the rest of the file still comes in.
 */
public final class JsonlReader<T> {

    private static final int MAX_REPORTED_ERRORS = 100;

    private final JsonMapper json;
    private final Class<T> type;

    public JsonlReader(JsonMapper json, Class<T> type) {
        this.json = json;
        this.type = type;
    }

    public ImportResult read(String source, InputStream input, Consumer<T> sink) {
        long accepted = 0;
        long rejected = 0;
        List<LineError> errors = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sink.accept(json.readValue(line, type));
                    accepted++;
                } catch (JacksonException | IllegalArgumentException e) {
                    rejected++;
                    if (errors.size() < MAX_REPORTED_ERRORS) {
                        errors.add(new LineError(number, reason(e)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return new ImportResult(source, accepted, rejected, errors);
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JacksonException jackson ? jackson.getOriginalMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
