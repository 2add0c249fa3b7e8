package io.rostrum.ingest.connector.bluesky;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A Bluesky AppView on MockWebServer: answers per XRPC method and, for the author feed, per cursor; records every
 * request; answers 404 with an XRPC error body for anything not set up, so a missing answer shows in the test.
 */
final class FakeAppView implements AutoCloseable {

    static final String PROFILE = "app.bsky.actor.getProfile";
    static final String FEED = "app.bsky.feed.getAuthorFeed";
    static final String THREAD = "app.bsky.feed.getPostThread";
    static final String PROFILES = "app.bsky.actor.getProfiles";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private final List<HttpUrl> requests = new CopyOnWriteArrayList<>();

    FakeAppView() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                HttpUrl url = request.getRequestUrl();
                requests.add(url);
                MockResponse answer = answers.get(key(method(url), url.queryParameter("cursor")));
                return answer != null ? answer
                        : json(404, "{\"error\":\"MethodNotImplemented\",\"message\":\"not set up\"}");
            }
        });
        server.start();
    }

    String baseUrl() {
        return server.url("/").toString();
    }

    FakeAppView answer(String method, MockResponse response) {
        return answerPage(method, null, response);
    }

    /** The author feed page served for a cursor; null is the first page. */
    FakeAppView answerPage(String method, @Nullable String cursor, MockResponse response) {
        answers.put(key(method, cursor), response);
        return this;
    }

    List<HttpUrl> requests() {
        return List.copyOf(requests);
    }

    List<HttpUrl> requests(String method) {
        return requests.stream().filter(url -> method(url).equals(method)).toList();
    }

    static MockResponse fixture(String name) {
        return json(200, read("/bluesky/" + name));
    }

    static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).addHeader("Content-Type", "application/json")
                .setBody(body);
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }

    private static String method(HttpUrl url) {
        return url.pathSegments().get(url.pathSize() - 1);
    }

    private static String key(String method, @Nullable String cursor) {
        return method + " " + (cursor == null ? "" : cursor);
    }

    static String read(String resource) {
        try (InputStream in = FakeAppView.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
