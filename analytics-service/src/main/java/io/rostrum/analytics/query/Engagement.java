package io.rostrum.analytics.query;

import org.jspecify.annotations.Nullable;

/**
 * What the executive's own posts drew.
 *
 * @param total       replies + reposts + likes + quotes summed over {@code ownPosts}
 * @param averageRate mean engagement per 100 followers, over the {@code ratedPosts} whose author follower count
 *                    was known
 */
public record Engagement(long total, long ownPosts, @Nullable Double averageRate, long ratedPosts) {
}
