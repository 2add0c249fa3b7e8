package io.rostrum.analytics.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search hit. {@code text} is the post as written, untrusted: escape it before display. {@code highlights} are
 * safe to insert as HTML: Elasticsearch escaped the text and added only {@code <em>} tags around matches.
 */
public record FoundPost(String postKey, String executiveId, Instant createdAt, String platform, String kind,
                        List<String> approaches, Map<String, Double> probabilities, @Nullable String url,
                        String text, List<String> highlights) {
}
