package io.rostrum.ingest;

import io.rostrum.support.fuzz.FuzzInput;
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
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/** The project's test fixtures as valid samples for the fuzz properties, each named by its file. */
public final class FuzzSamples {

    private FuzzSamples() {
    }

    /** @param path a test resource, such as {@code /mastodon/account-lookup.json} */
    public static FuzzInput resource(String path) {
        try (InputStream in = FuzzSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new FuzzInput(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first observations of the demo dataset for {@code lines - 1} lines, and the first of another executive:
     * JSON Lines as Rostrum writes them.
     */
    public static FuzzInput demoPosts(int lines) {
        try (InputStream gzip = FuzzSamples.class.getResourceAsStream("/demo/posts.jsonl.gz");
             BufferedReader all = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                     Objects.requireNonNull(gzip, "the demo dataset")), StandardCharsets.UTF_8))) {
            List<String> first = new ArrayList<>();
            String firstExecutive = null;
            for (String line = all.readLine(); line != null && first.size() < lines; line = all.readLine()) {
                String executive = line.replaceFirst(".*\"executiveId\":\"([^\"]+)\".*", "$1");
                firstExecutive = firstExecutive == null ? executive : firstExecutive;
                if (first.size() < lines - 1 || !executive.equals(firstExecutive)) {
                    first.add(line);
                }
            }
            return FuzzInput.of("demo posts.jsonl", String.join("\n", first) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param name how failure reports name the sample, such as {@code data/tweets.js} */
    public static FuzzInput file(Path file, String name) {
        try {
            return new FuzzInput(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
