package io.rostrum.ingest.connector.feed;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The HTTP validators of the feeds an account polls, kept in {@code AccountCursor.validators} under
 * {@code etag <url>} and {@code last-modified <url>}, so one cursor can hold several URLs.
 */
final class FeedValidators {

    private static final String ETAG = "etag ";
    private static final String LAST_MODIFIED = "last-modified ";

    private FeedValidators() {
    }

    /** Makes the request conditional on what the last 200 response for this URL said. */
    static void addConditionalHeaders(Map<String, String> validators, String url, HttpHeaders request) {
        String etag = validators.get(ETAG + url);
        if (etag != null) {
            request.set(HttpHeaders.IF_NONE_MATCH, etag);
        }
        String lastModified = validators.get(LAST_MODIFIED + url);
        if (lastModified != null) {
            request.set(HttpHeaders.IF_MODIFIED_SINCE, lastModified);
        }
    }

    /** The validators after a 200 response: this URL's replaced by the response's, other URLs' kept. */
    static Map<String, String> afterResponse(Map<String, String> validators, String url, HttpHeaders response) {
        Map<String, String> updated = new HashMap<>(validators);
        put(updated, ETAG + url, response.getFirst(HttpHeaders.ETAG));
        put(updated, LAST_MODIFIED + url, response.getFirst(HttpHeaders.LAST_MODIFIED));
        return updated;
    }

    private static void put(Map<String, String> validators, String key, @Nullable String value) {
        if (value == null || value.isBlank()) {
            validators.remove(key);
        } else {
            validators.put(key, value);
        }
    }
}
