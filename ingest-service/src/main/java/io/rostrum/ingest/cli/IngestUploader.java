package io.rostrum.ingest.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Hands normalised posts to a running ingest-service ({@code POST /api/imports/{executiveId}}, JSON Lines), which
 * is the one writer of the raw topic. Batches are small enough to show progress and to retry.
 */
final class IngestUploader {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI ingest;
    private final String authorization;

    IngestUploader(URI ingest, String user, String password) {
        this.ingest = ingest;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends one batch of JSON lines; fails with the service's own explanation when it refuses them. */
    void upload(String executiveId, List<String> lines) throws IOException, InterruptedException {
        URI target = ingest.resolve("/api/imports/" + URLEncoder.encode(executiveId, StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(2))
                    .header("Authorization", authorization).header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("cannot reach ingest-service at " + ingest + " (is `./rostrum demo` running?): "
                    + e.getMessage(), e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("ingest-service refused the import (" + response.statusCode() + "): "
                    + response.body());
        }
    }
}
