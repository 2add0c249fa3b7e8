package io.rostrum.e2e.browser;

import io.rostrum.events.PostObserved;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.json.JsonMapper;

/** Brings posts in through ingest's front door, as `./rostrum import` does: a JSON Lines batch to its import API. */
final class PostUploader {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI ingest;
    private final String authorization;

    PostUploader(URI ingest, String apiUser, String apiPassword) {
        this.ingest = ingest;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((apiUser + ":" + apiPassword).getBytes(StandardCharsets.UTF_8));
    }

    void upload(PostObserved post) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        ingest.resolve("/api/imports/" + post.executiveId()))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(post) + "\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("ingest refused the post: " + response.statusCode() + " " + response.body());
        }
    }
}
