package io.rostrum.ingest.connector;

import io.rostrum.ingest.connector.AccountCursor.WatchedThread;
import java.time.Duration;
import java.time.Instant;

/**
 * When to fetch the replies to an executive's post. Most replies come in the first hours, so checks are made at
 * ages that double from {@code firstCheck} (15 min, 30 min, 1 h, 2 h, 4 h...), never further apart than
 * {@code maxGap}, with a last check when the window closes. The schedule depends only on the post's age, so the
 * cursor needs no count of checks made. Shared by the connectors whose platforms have reply threads.
 */
public final class ReplySchedule {

    private final Duration window;
    private final Duration firstCheck;
    private final Duration maxGap;

    public ReplySchedule(Duration window, Duration firstCheck, Duration maxGap) {
        this.window = window;
        this.firstCheck = firstCheck;
        this.maxGap = maxGap;
    }

    /** Whether a post of this age is still worth watching: its window has not closed. */
    public boolean watches(Instant createdAt, Instant now) {
        return now.isBefore(createdAt.plus(window));
    }

    /** A thread to watch for a post first seen {@code now}. */
    public WatchedThread watch(String nativeId, Instant createdAt, Instant now) {
        Instant watchUntil = createdAt.plus(window);
        return new WatchedThread(nativeId, createdAt, nextCheck(createdAt, now, watchUntil), watchUntil);
    }

    /** Whether the thread's check is due. */
    public boolean due(WatchedThread thread, Instant now) {
        return !thread.nextCheck().isAfter(now);
    }

    /** Whether a thread checked {@code now} has had its last check. */
    public boolean finished(WatchedThread thread, Instant now) {
        return !now.isBefore(thread.watchUntil());
    }

    /** The thread after a check made {@code now}. */
    public WatchedThread checked(WatchedThread thread, Instant now) {
        return new WatchedThread(thread.nativeId(), thread.createdAt(),
                nextCheck(thread.createdAt(), now, thread.watchUntil()), thread.watchUntil());
    }

    private Instant nextCheck(Instant createdAt, Instant now, Instant watchUntil) {
        Duration age = Duration.between(createdAt, now);
        Duration checkAge = firstCheck;
        while (checkAge.compareTo(age) <= 0 && createdAt.plus(checkAge).isBefore(watchUntil)) {
            checkAge = checkAge.plus(checkAge.compareTo(maxGap) < 0 ? checkAge : maxGap);
        }
        Instant next = createdAt.plus(checkAge);
        return next.isAfter(watchUntil) ? watchUntil : next;
    }
}
