package io.rostrum.analytics.query;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A full-text search over posts and replies with optional filters; every null filter is left out.
 *
 * @param text   words to look for, in the simple query string syntax; null lists the newest matches
 * @param page   zero-based
 */
public record PostSearchQuery(@Nullable String text, @Nullable String executiveId, @Nullable String approach,
                              @Nullable String kind, @Nullable String platform, @Nullable Instant createdFrom,
                              @Nullable Instant createdBefore, int page, int size) {
}
