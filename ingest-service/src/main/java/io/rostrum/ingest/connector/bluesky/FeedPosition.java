package io.rostrum.ingest.connector.bluesky;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * Where in an author feed an item sits, stored as {@code AccountCursor.newest} in the form
 * {@code <sort time> <native id>}. The sort time mirrors the AppView's ordering (a post sorts by the earlier of
 * createdAt and indexedAt, a repost by when it was indexed), so forward polling can stop at the newest item seen,
 * or just below it when that item was deleted since.
 */
record FeedPosition(Instant at, String nativeId) {

    static @Nullable FeedPosition decode(@Nullable String stored) {
        if (stored == null) {
            return null;
        }
        int space = stored.indexOf(' ');
        try {
            return space < 0 ? null : new FeedPosition(Instant.parse(stored.substring(0, space)),
                    stored.substring(space + 1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    String encode() {
        return at + " " + nativeId;
    }

    /** True when a walk from the top of the feed has come down to this position. */
    boolean reachedBy(FeedPosition item) {
        return item.nativeId.equals(nativeId) || item.at.isBefore(at);
    }
}
