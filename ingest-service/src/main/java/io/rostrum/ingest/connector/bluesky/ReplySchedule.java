package io.rostrum.ingest.connector.bluesky;

import io.rostrum.ingest.connector.AccountCursor.WatchedThread;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When an executive's post has its replies fetched: often while a conversation is young, then daily, and a last
 * time when the watch ends. Checks are placed relative to the post's creation, so a post found late (during a
 * backfill) is due at once and then joins the schedule where its age puts it.
 */
final class ReplySchedule {

    private static final List<Duration> EARLY = List.of(Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(4), Duration.ofHours(12));
    private static final Duration LATER = Duration.ofDays(1);

    private final Duration window;

    ReplySchedule(Duration window) {
        this.window = window;
    }

    /** A newly seen post to watch, or empty when it is older than the reply window. */
    Optional<WatchedThread> watch(String nativeId, Instant createdAt, Instant now) {
        Instant watchUntil = createdAt.plus(window);
        if (!watchUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(new WatchedThread(nativeId, createdAt, createdAt.plus(EARLY.get(0)), watchUntil));
    }

    /** The thread after a check at {@code now}: its next check, or empty once the watch is over. */
    Optional<WatchedThread> checked(WatchedThread thread, Instant now) {
        if (!now.isBefore(thread.watchUntil())) {
            return Optional.empty();
        }
        Instant next = nextAfter(thread.createdAt(), now);
        return Optional.of(new WatchedThread(thread.nativeId(), thread.createdAt(),
                next.isBefore(thread.watchUntil()) ? next : thread.watchUntil(), thread.watchUntil()));
    }

    private static Instant nextAfter(Instant createdAt, Instant now) {
        for (Duration offset : EARLY) {
            Instant at = createdAt.plus(offset);
            if (at.isAfter(now)) {
                return at;
            }
        }
        long daysOld = Duration.between(createdAt, now).toDays();
        return createdAt.plus(LATER.multipliedBy(daysOld + 1));
    }
}
