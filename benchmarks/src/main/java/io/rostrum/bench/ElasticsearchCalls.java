package io.rostrum.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few Elasticsearch REST calls the pipeline benchmark makes, over plain HTTP with a timeout on each. */
final class ElasticsearchCalls {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    ElasticsearchCalls(String url) {
        this.url = url;
    }

    String version() {
        return send(HttpRequest.newBuilder(uri("/_cat/nodes?h=version&format=json")).GET()).path(0).path("version")
                .asString();
    }

    /** The documents searchable now through {@code index} (an alias or an index); 0 while it does not exist. */
    long count(String index) {
        HttpResponse<String> response = call(HttpRequest.newBuilder(uri("/" + index + "/_count")).GET());
        return response.statusCode() == 404 ? 0 : read(response).path("count").asLong();
    }

    void refresh(String index) {
        send(HttpRequest.newBuilder(uri("/" + index + "/_refresh")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends one bulk request and fails if Elasticsearch refused any of its operations. */
    void bulk(byte[] ndjson) {
        JsonNode answer = send(HttpRequest.newBuilder(uri("/_bulk?filter_path=errors,items.*.error"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(ndjson)));
        if (answer.path("errors").asBoolean()) {
            throw new IllegalStateException("Elasticsearch refused bulk operations: " + answer);
        }
    }

    /** Which of {@code ids} a search through {@code index} finds now, i.e. which are searchable. */
    Set<String> searchable(String index, Collection<String> ids) {
        Map<String, Object> search = Map.of("size", ids.size(), "_source", false,
                "query", Map.of("ids", Map.of("values", ids)));
        JsonNode answer = send(HttpRequest.newBuilder(uri("/" + index + "/_search?filter_path=hits.hits._id"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(search))));
        Set<String> found = new HashSet<>();
        answer.path("hits").path("hits").forEach(hit -> found.add(hit.path("_id").asString()));
        return found;
    }

    /** Deletes the indices matching {@code pattern}, by name (Elasticsearch refuses wildcard deletes). */
    void deleteIndices(String pattern) {
        JsonNode indices = send(HttpRequest.newBuilder(uri("/_cat/indices/" + pattern + "?format=json&h=index"))
                .GET());
        List<String> names = new ArrayList<>();
        indices.forEach(index -> names.add(index.path("index").asString()));
        if (!names.isEmpty()) {
            send(HttpRequest.newBuilder(uri("/" + String.join(",", names))).DELETE());
        }
    }

    private URI uri(String path) {
        return URI.create(url + path);
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response = call(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return read(response);
    }

    private HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch at " + url + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Elasticsearch", e);
        }
    }

    private JsonNode read(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
