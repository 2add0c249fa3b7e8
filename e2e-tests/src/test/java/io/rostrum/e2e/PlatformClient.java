package io.rostrum.e2e;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running deployment as its users do: the JSON APIs with Basic auth, Elasticsearch, the dashboard. */
public final class PlatformClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    public JsonNode getJson(URI uri, String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(user, password)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** Segment merges Elasticsearch is running now, over all nodes: background work after a bulk load. */
    public long mergesInProgress(String elasticsearch) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(elasticsearch + "/_nodes/stats/indices/merge")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long merges = 0;
        for (JsonNode node : json.readTree(response.body()).get("nodes")) {
            merges += node.get("indices").get("merges").get("current").asLong();
        }
        return merges;
    }

    /**
     * The sum of a metric's samples in a service's Prometheus scrape, over the series whose labels contain
     * {@code label} (e.g. {@code reason="retried"}; "" for all): 0 when there is no such series.
     */
    public double metric(URI service, String name, String label) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(service + " answered " + response.statusCode() + " for its metrics");
        }
        return response.body().lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    int status(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** Refreshes {@code index} and counts its documents matching {@code query} (JSON), as Elasticsearch sees them. */
    public long count(String elasticsearch, String index, String query) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(elasticsearch + "/" + index + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(elasticsearch + "/" + index + "/_count"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return -1;
        }
        return json.readTree(response.body()).get("count").asLong();
    }

    /** Signs in through the login form, as a person would, and returns the page at {@code path}. */
    String dashboardPage(URI dashboard, String user, String password, String path)
            throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String loginPage = browser.send(HttpRequest.newBuilder(dashboard.resolve("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(loginPage);
        if (!csrf.find()) {
            throw new IOException("the login page carries no CSRF token");
        }
        String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        browser.send(HttpRequest.newBuilder(dashboard.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(dashboard.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || page.uri().getPath().equals("/login")) {
            throw new IOException("signing in to the dashboard failed: " + page.statusCode() + " at " + page.uri());
        }
        return page.body();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
