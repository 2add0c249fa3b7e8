package io.rostrum.ingest.connector;

import io.rostrum.events.PostObserved;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one polling round found.
 *
 * @param observations posts, replies and reposts, each a fresh observation (metrics as of now)
 * @param cursor       where the next round starts
 * @param retryAfter   set when the platform asked to slow down: the earliest time to poll this account again
 */
public record PollResult(List<PostObserved> observations, AccountCursor cursor, @Nullable Duration retryAfter) {

    public PollResult {
        observations = List.copyOf(observations);
    }
}
