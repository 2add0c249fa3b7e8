package io.rostrum.ingest.connector.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.ingest.connector.AccountCursor.WatchedThread;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplyScheduleTests {

    private static final Instant POSTED = Instant.parse("2026-11-20T08:00:00Z");
    private final ReplySchedule schedule = new ReplySchedule(Duration.ofDays(7));

    @Test
    void checksOftenWhileAConversationIsYoungThenDailyThenOnceMoreAtTheEnd() {
        WatchedThread thread = schedule.watch("did:plc:a/3k", POSTED, POSTED.plusSeconds(60)).orElseThrow();

        assertThat(thread.nextCheck()).isEqualTo(POSTED.plus(Duration.ofMinutes(15)));
        assertThat(thread.watchUntil()).isEqualTo(POSTED.plus(Duration.ofDays(7)));
        assertThat(nextAfterCheckAt(thread, Duration.ofMinutes(15))).isEqualTo(Duration.ofHours(1));
        assertThat(nextAfterCheckAt(thread, Duration.ofHours(1))).isEqualTo(Duration.ofHours(4));
        assertThat(nextAfterCheckAt(thread, Duration.ofHours(4))).isEqualTo(Duration.ofHours(12));
        assertThat(nextAfterCheckAt(thread, Duration.ofHours(12))).isEqualTo(Duration.ofDays(1));
        assertThat(nextAfterCheckAt(thread, Duration.ofHours(30))).isEqualTo(Duration.ofDays(2));
        assertThat(nextAfterCheckAt(thread, Duration.ofDays(6).plusHours(23))).isEqualTo(Duration.ofDays(7));
        assertThat(schedule.checked(thread, thread.watchUntil())).isEmpty();
    }

    @Test
    void doesNotWatchPostsOlderThanTheWindow() {
        assertThat(schedule.watch("did:plc:a/3k", POSTED, POSTED.plus(Duration.ofDays(8)))).isEmpty();
    }

    private Duration nextAfterCheckAt(WatchedThread thread, Duration age) {
        return Duration.between(POSTED, schedule.checked(thread, POSTED.plus(age)).orElseThrow().nextCheck());
    }
}
