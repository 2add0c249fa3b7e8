package io.rostrum.infra.launcher;

import io.rostrum.infra.stack.StackException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** The bundled demo dataset, as ingest-service loads it. */
public record DemoData(Path posts) {

    public static DemoData in(Path home) {
        return new DemoData(home.resolve("ingest-service/src/main/resources/demo/posts.jsonl.gz"));
    }

    /** How many posts the dataset holds: what Elasticsearch must count once the demo has loaded. */
    public long postCount() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(posts)), StandardCharsets.UTF_8))) {
            return lines.lines().filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new StackException("cannot read the demo dataset " + posts + ": " + e.getMessage(), e);
        }
    }
}
