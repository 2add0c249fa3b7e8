package io.rostrum.ingest.connector;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where polling an account stands. Persisted after every round (compacted topic, key = account key).
 *
 * @param newest           the platform's position of the newest post seen (a status id, a feed cursor...), polled
 *                         forwards from
 * @param backfill         where the backwards walk through history stopped, while {@code backfillComplete} is false
 * @param threads          the executive's recent posts whose replies are still being collected
 * @param validators       HTTP validators per URL for conditional requests (ETag, Last-Modified), for feeds
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccountCursor(@Nullable String newest, @Nullable String backfill, boolean backfillComplete,
                            List<WatchedThread> threads, Map<String, String> validators, @Nullable Instant polledAt) {

    public AccountCursor {
        threads = List.copyOf(threads);
        validators = Map.copyOf(validators);
    }

    /** The cursor of an account never polled: backfill from the newest post backwards, no threads yet. */
    public static AccountCursor start() {
        return new AccountCursor(null, null, false, List.of(), Map.of(), null);
    }

    /**
     * A post of the executive's whose replies are collected on a decaying schedule until {@code watchUntil}.
     *
     * @param nativeId  the platform's id of the post (a status id, an at-URI)
     * @param nextCheck when its replies are due to be fetched again
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WatchedThread(String nativeId, Instant createdAt, Instant nextCheck, Instant watchUntil) {
    }
}
