package io.rostrum.dashboard.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.rostrum.events.Platform;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An executive's row, as analytics-service's {@code /api/executives} returns it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExecutiveSummary(String executiveId, String displayName, String role, String organization,
                               List<Platform> platforms, long posts, long executiveReplies, long reposts,
                               long stakeholderReplies, @Nullable Instant lastPostAt) {

    /** Everything the executive wrote: posts, replies to stakeholders and reposts. */
    public long ownActivity() {
        return posts + executiveReplies + reposts;
    }
}
