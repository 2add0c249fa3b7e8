package io.rostrum.analytics.query;

import io.rostrum.events.Platform;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An executive with the size of their footprint: their own posts, replies and reposts, and the stakeholder
 * replies in their threads.
 */
public record ExecutiveSummary(String executiveId, String displayName, String role, String organization,
                               List<Platform> platforms, long posts, long executiveReplies, long reposts,
                               long stakeholderReplies, @Nullable Instant lastPostAt) {
}
