package io.rostrum.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rostrum.dashboard.analytics.ExecutiveSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewRangeTests {

    private static final Clock NOVEMBER = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
    private static final List<ExecutiveSummary> LAST_POSTED_IN_OCTOBER = List.of(
            executive("ceo", "2026-10-31T21:51:36Z"), executive("cfo", "2026-10-30T08:00:00Z"),
            executive("new", null));

    @Test
    void defaultsToTheNinetyDaysUpToTheLatestPostByWeekInUtc() {
        ViewRange range = ViewRange.of(new RangeParameters(null, null, null, null), LAST_POSTED_IN_OCTOBER, NOVEMBER);

        assertThat(range.from()).isEqualTo(LocalDate.parse("2026-08-03"));
        assertThat(range.to()).isEqualTo(LocalDate.parse("2026-10-31"));
        assertThat(range.zone().getId()).isEqualTo("UTC");
        assertThat(range.interval()).isEqualTo("week");
    }

    @Test
    void endsTodayWithoutAnyPostAndTakesTheLatestDayInTheReadersZone() {
        assertThat(ViewRange.of(new RangeParameters(null, null, null, null), List.of(), NOVEMBER).to())
                .isEqualTo(LocalDate.parse("2026-11-26"));
        // 21:51 UTC on the 31st is already November 1st in Tokyo
        assertThat(ViewRange.of(new RangeParameters(null, null, "Asia/Tokyo", null), LAST_POSTED_IN_OCTOBER,
                NOVEMBER).to()).isEqualTo(LocalDate.parse("2026-11-01"));
    }

    @Test
    void bucketsAMonthOrLessByDayUnlessAskedOtherwise() {
        assertThat(ViewRange.of(new RangeParameters("2026-10-01", "2026-10-31", null, null), List.of(), NOVEMBER)
                .interval()).isEqualTo("day");
        assertThat(ViewRange.of(new RangeParameters("2026-10-01", "2026-10-31", null, "week"), List.of(), NOVEMBER)
                .interval()).isEqualTo("week");
    }

    @Test
    void offersTheZoneOfASharedLinkAmongTheCommonOnes() {
        ViewRange range = ViewRange.of(new RangeParameters(null, null, "America/Phoenix", null), List.of(), NOVEMBER);

        assertThat(range.zones()).contains("America/Phoenix", "UTC", "Europe/Berlin").isSorted();
    }

    @Test
    void refusesControlsItCannotUseNamingEach() {
        assertThatThrownBy(() -> range("2026-02-30", null, null, null)).hasMessageContaining("'from'");
        assertThatThrownBy(() -> range("2026-10-02", "2026-10-01", null, null))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> range("2024-01-01", "2026-10-01", null, null)).hasMessageContaining("731 days");
        assertThatThrownBy(() -> range(null, null, "Mars/Olympus", null)).hasMessageContaining("'zone'");
        assertThatThrownBy(() -> range(null, null, null, "hour")).hasMessageContaining("'interval'");
    }

    private static ViewRange range(String from, String to, String zone, String interval) {
        return ViewRange.of(new RangeParameters(from, to, zone, interval), List.of(), NOVEMBER);
    }

    private static ExecutiveSummary executive(String id, String lastPostAt) {
        return new ExecutiveSummary(id, id, "CEO", "Org", List.of(), 1, 0, 0, 0,
                lastPostAt == null ? null : Instant.parse(lastPostAt));
    }
}
