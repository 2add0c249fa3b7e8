package io.rostrum.ingest.connector.mastodon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A Mastodon instance on a MockWebServer: each request path (with its query) has a canned answer from
 * {@code src/test/resources/mastodon}; anything else is Mastodon's 404. Remembers the requests in order.
 */
final class FakeInstance implements AutoCloseable {

    static final String ACCOUNT_ID = "109412475983473829";
    static final String STATUSES = "/api/v1/accounts/" + ACCOUNT_ID + "/statuses";
    static final String LOOKUP = "/api/v1/accounts/lookup?acct=dana";

    private final MockWebServer server = new MockWebServer();
    private final Map<String, MockResponse> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    FakeInstance() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.add(request.getPath());
                return answers.getOrDefault(request.getPath(), new MockResponse().setResponseCode(404)
                        .setHeader("Content-Type", "application/json; charset=utf-8")
                        .setBody("{\"error\":\"Record not found\"}"));
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FakeInstance answer(String pathAndQuery, MockResponse response) {
        answers.put(pathAndQuery, response);
        return this;
    }

    /** The executive's account and their three pages of history, linked as Mastodon links them. */
    FakeInstance withHistory() {
        return answer(LOOKUP, json("account-lookup.json"))
                .answer(STATUSES + "?limit=3", json("statuses-page-1.json")
                        .setHeader("Link", links(id(7), id(9))))
                .answer(STATUSES + "?limit=3&max_id=" + id(7), json("statuses-page-2.json")
                        .setHeader("Link", links(id(4), id(6))))
                .answer(STATUSES + "?limit=3&max_id=" + id(4), json("statuses-page-3.json")
                        .setHeader("Link", prevLink(id(3))));
    }

    String url() {
        return server.url("/").toString();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The status ids of the fixtures: {@code 1135412000000001NN}. */
    static String id(int n) {
        return String.format("1135412000000001%02d", n);
    }

    static MockResponse json(String resource) {
        return new MockResponse().setResponseCode(200)
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(resource(resource));
    }

    static MockResponse emptyPage() {
        return new MockResponse().setResponseCode(200)
                .setHeader("Content-Type", "application/json; charset=utf-8").setBody("[]");
    }

    /** Mastodon's Link header for a full page: older statuses via max_id, newer ones via min_id. */
    static String links(String maxId, String minId) {
        return "<https://social.example/api/v1/accounts/" + ACCOUNT_ID + "/statuses?limit=3&max_id=" + maxId
                + ">; rel=\"next\", " + prevLink(minId);
    }

    /** A page that is not full has no next link. */
    static String prevLink(String minId) {
        return "<https://social.example/api/v1/accounts/" + ACCOUNT_ID + "/statuses?limit=3&min_id=" + minId
                + ">; rel=\"prev\"";
    }

    private static String resource(String name) {
        try (InputStream in = FakeInstance.class.getResourceAsStream("/mastodon/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource mastodon/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.shutdown();
    }
}
