package io.rostrum.ingest.polling;

import io.rostrum.events.Platform;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How polling one account goes, as {@code GET /api/connectors/status} shows it.
 *
 * @param outcome      of the last round: {@code ok}, {@code rate-limited} or {@code failed}
 * @param observations posts, replies and reposts published for the account since this instance started
 */
public record AccountStatus(String executiveId, Platform platform, String handle, @Nullable Instant lastPollAt,
                            @Nullable String outcome, @Nullable String lastError, @Nullable Instant nextPollAt,
                            long observations, boolean backfillComplete) {
}
