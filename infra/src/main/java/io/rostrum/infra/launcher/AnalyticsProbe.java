package io.rostrum.infra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks analytics-service how many posts it has indexed, so the launcher can report the demo's progress. */
final class AnalyticsProbe {

    private static final Pattern DOCUMENTS = Pattern.compile("\"documents\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI stats;
    private final String authorization;

    AnalyticsProbe(URI analytics, Credentials credentials) {
        this.stats = analytics.resolve("/api/stats");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (credentials.apiUser() + ":" + credentials.apiPassword()).getBytes(StandardCharsets.UTF_8));
    }

    /** The indexed document count, or nothing while analytics or Elasticsearch cannot answer. */
    OptionalLong indexedPosts() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(stats).timeout(Duration.ofSeconds(10))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher documents = DOCUMENTS.matcher(response.body());
            return response.statusCode() == 200 && documents.find()
                    ? OptionalLong.of(Long.parseLong(documents.group(1))) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
