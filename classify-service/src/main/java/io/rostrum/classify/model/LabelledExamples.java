package io.rostrum.classify.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads labelled examples from JSON Lines, naming the line of any record it cannot use. */
public final class LabelledExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabelledExamples() {
    }

    public static List<LabelledPost> read(Path file) {
        return read(file, LabelledPost.class);
    }

    public static <T> List<T> read(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static <T> List<T> read(InputStream in, String source, Class<T> type) throws IOException {
        List<T> posts = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                posts.add(JSON.readValue(line, type));
            } catch (JacksonException | IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + lineNumber + ": " + reason(e), e);
            }
        }
        return posts;
    }

    private static String reason(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
        return cause instanceof IllegalArgumentException ? cause.getMessage() : message;
    }
}
