package io.rostrum.ingest.connector;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.ingest.connector.AccountCursor.WatchedThread;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplyScheduleTests {

    private static final Instant POSTED = Instant.parse("2026-11-20T08:00:00Z");

    private final ReplySchedule schedule =
            new ReplySchedule(Duration.ofDays(7), Duration.ofMinutes(15), Duration.ofHours(24));

    @Test
    void checksAtAgesThatDoubleFromAQuarterOfAnHour() {
        WatchedThread thread = schedule.watch("1", POSTED, POSTED.plusSeconds(60));

        assertThat(thread.nextCheck()).isEqualTo(POSTED.plus(Duration.ofMinutes(15)));
        assertThat(thread.watchUntil()).isEqualTo(POSTED.plus(Duration.ofDays(7)));
        assertThat(nextAfterCheckAt(thread, Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(30));
        assertThat(nextAfterCheckAt(thread, Duration.ofMinutes(30))).isEqualTo(Duration.ofHours(1));
        assertThat(nextAfterCheckAt(thread, Duration.ofHours(1))).isEqualTo(Duration.ofHours(2));
        assertThat(nextAfterCheckAt(thread, Duration.ofHours(3))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void neverWaitsLongerThanTheLongestGapAndChecksLastWhenTheWindowCloses() {
        WatchedThread thread = schedule.watch("1", POSTED, POSTED.plus(Duration.ofHours(1)));

        assertThat(nextAfterCheckAt(thread, Duration.ofHours(32))).isEqualTo(Duration.ofHours(56));
        assertThat(nextAfterCheckAt(thread, Duration.ofHours(56))).isEqualTo(Duration.ofHours(80));
        assertThat(nextAfterCheckAt(thread, Duration.ofHours(160))).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void isDueAtItsNextCheckAndFinishedOnceTheWindowHasClosed() {
        WatchedThread thread = schedule.watch("1", POSTED, POSTED.plusSeconds(60));

        assertThat(schedule.due(thread, thread.nextCheck().minusSeconds(1))).isFalse();
        assertThat(schedule.due(thread, thread.nextCheck())).isTrue();
        assertThat(schedule.finished(thread, thread.watchUntil().minusSeconds(1))).isFalse();
        assertThat(schedule.finished(thread, thread.watchUntil())).isTrue();
        assertThat(schedule.watches(POSTED, POSTED.plus(Duration.ofDays(7)).minusSeconds(1))).isTrue();
        assertThat(schedule.watches(POSTED, POSTED.plus(Duration.ofDays(7)))).isFalse();
    }

    private Duration nextAfterCheckAt(WatchedThread thread, Duration age) {
        return Duration.between(POSTED, schedule.checked(thread, POSTED.plus(age)).nextCheck());
    }
}
