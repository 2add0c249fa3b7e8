package io.rostrum.ingest.connector.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class FeedValidatorsTests {

    private static final String FEED = "https://blog.example/feed.xml";
    private static final String OTHER = "https://news.example/atom";

    @Test
    void replacesTheValidatorsOfTheFeedAndKeepsThoseOfOtherFeeds() {
        Map<String, String> stored = Map.of("etag " + FEED, "\"old\"", "last-modified " + FEED, "Mon, 30 Mar 2026",
                "etag " + OTHER, "\"other\"");
        HttpHeaders response = new HttpHeaders();
        response.setETag("\"new\"");

        assertThat(FeedValidators.afterResponse(stored, FEED, response))
                .containsOnly(Map.entry("etag " + FEED, "\"new\""), Map.entry("etag " + OTHER, "\"other\""));
    }

    @Test
    void sendsNoConditionalHeadersForAFeedWithoutValidators() {
        HttpHeaders request = new HttpHeaders();

        FeedValidators.addConditionalHeaders(Map.of("etag " + OTHER, "\"other\""), FEED, request);

        assertThat(request.isEmpty()).isTrue();
    }
}
