package io.rostrum.dashboard.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.rostrum.events.Approach;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of full-text search hits. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchPage(long total, boolean totalIsExact, List<Hit> posts) {

    /**
     * @param text       as written, untrusted: rendered escaped
     * @param highlights escaped by Elasticsearch's HTML encoder, which adds only {@code <em>} around matches
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hit(String postKey, String executiveId, Instant createdAt, String platform, String kind,
                      List<Approach> approaches, @Nullable String url, String text, List<String> highlights) {
    }
}
