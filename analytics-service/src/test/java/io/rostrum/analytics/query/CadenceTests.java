package io.rostrum.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTests {

    @Test
    void measuresGapsInHoursCountingPostsInTheSameHourAsNoGap() {
        // hours 00:00 (2 posts), 10:00, 40:00 → gaps 0, 10, 30; mean 40/3, population sd 12.4722, cv 0.935414
        Cadence cadence = Cadence.of(List.of(hour("2026-07-02T16:00:00Z", 1), hour("2026-07-01T00:00:00Z", 2),
                hour("2026-07-01T10:00:00Z", 1)), 4, 14);

        assertThat(cadence.gaps()).isEqualTo(3);
        assertThat(cadence.longestSilenceHours()).isEqualTo(30);
        assertThat(cadence.gapVariation()).isCloseTo(0.935414, within(1e-6));
        assertThat(cadence.postsPerWeek()).isCloseTo(2.0, within(1e-9));
        assertThat(cadence.weeks()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void hasNoSilenceBelowTwoPostsAndNoVariationBelowTwoGaps() {
        Cadence single = Cadence.of(List.of(hour("2026-07-01T00:00:00Z", 1)), 1, 7);
        Cadence pair = Cadence.of(List.of(hour("2026-07-01T00:00:00Z", 1), hour("2026-07-01T05:00:00Z", 1)), 2, 7);

        assertThat(single.longestSilenceHours()).isNull();
        assertThat(single.gapVariation()).isNull();
        assertThat(pair.longestSilenceHours()).isEqualTo(5);
        assertThat(pair.gapVariation()).isNull();
    }

    @Test
    void callsEvenlySpacedPostsClockwork() {
        Cadence cadence = Cadence.of(List.of(hour("2026-07-01T00:00:00Z", 1), hour("2026-07-02T00:00:00Z", 1),
                hour("2026-07-03T00:00:00Z", 1)), 3, 7);

        assertThat(cadence.gapVariation()).isZero();
    }

    @Test
    void leavesVariationOutWhenEveryPostFellInOneHour() {
        assertThat(Cadence.of(List.of(hour("2026-07-01T00:00:00Z", 3)), 3, 7).gapVariation()).isNull();
    }

    private static PostingHour hour(String start, long posts) {
        return new PostingHour(Instant.parse(start), posts);
    }
}
