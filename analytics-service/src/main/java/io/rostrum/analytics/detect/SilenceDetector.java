package io.rostrum.analytics.detect;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.rostrum.events.AlertType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * SILENCE: no own post, reply or repost for {@code max(minimum, gapMultiple × median gap)} from an executive who
 * usually posts. Checked against a clock rather than on a record, since silence is the absence of records; one
 * alert per silence, re-armed by the next post.
 */
final class SilenceDetector {

    private static final double SECONDS_PER_DAY = 86_400;

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class State {
        @Nullable Instant lastActiveAt;
        String lastKey = "";
        int activeCount;
        List<Long> gapSeconds = new ArrayList<>();
        boolean alerted;
    }

    private final DetectorSettings.Silence settings;

    SilenceDetector(DetectorSettings.Silence settings) {
        this.settings = settings;
    }

    void active(State state, Observation record) {
        Instant last = state.lastActiveAt;
        if (last != null && !record.at().isAfter(last)) {
            return; // an older record arriving late neither ends a silence nor makes a gap
        }
        if (last != null) {
            state.gapSeconds.add(Duration.between(last, record.at()).toSeconds());
            if (state.gapSeconds.size() > settings.gapHistory()) {
                state.gapSeconds.remove(0);
            }
        }
        state.lastActiveAt = record.at();
        state.lastKey = record.key();
        state.activeCount++;
        state.alerted = false;
    }

    /** @return the silence that has lasted past its bound by {@code now}, with the moment it did */
    Optional<TimedAlarm> check(State state, Instant now) {
        Instant last = state.lastActiveAt;
        if (last == null || state.alerted || state.activeCount < settings.minPosts() || state.gapSeconds.isEmpty()) {
            return Optional.empty();
        }
        double medianGap = RobustStatistics.median(state.gapSeconds);
        Duration bound = Duration.ofSeconds(Math.max(settings.minimum().toSeconds(),
                (long) Math.ceil(settings.gapMultiple() * medianGap)));
        Instant due = last.plus(bound);
        if (now.isBefore(due)) {
            return Optional.empty();
        }
        state.alerted = true;
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("statistic", bound.toSeconds() / SECONDS_PER_DAY);
        figures.put("threshold", bound.toSeconds() / SECONDS_PER_DAY);
        figures.put("medianGapDays", medianGap / SECONDS_PER_DAY);
        figures.put("lastActiveAt", (double) last.getEpochSecond());
        String summary = String.format("No post, reply or repost for %.1f days; usually every %.1f days",
                bound.toSeconds() / SECONDS_PER_DAY, medianGap / SECONDS_PER_DAY);
        return Optional.of(new TimedAlarm(due, new Alarm(AlertType.SILENCE, summary, figures,
                List.of(state.lastKey))));
    }

    record TimedAlarm(Instant at, Alarm alarm) {
    }
}
