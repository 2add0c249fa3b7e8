package io.rostrum.analytics.query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How regularly the executive posts (own posts, replies and reposts), measured at hourly resolution: two posts in
 * the same hour are a gap of 0 hours, posts in consecutive hours a gap of 1.
 *
 * @param longestSilenceHours the longest gap between two consecutive posts in the span; none below two posts, and
 *                            none for a cohort, whose members' posts interleave
 * @param gapVariation        coefficient of variation (population standard deviation / mean) of the gaps: 0 is
 *                            clockwork, above 1 is bursty; none below two gaps or when every gap is 0
 */
public record Cadence(double postsPerWeek, long ownPosts, double weeks, @Nullable Long longestSilenceHours,
                      @Nullable Double gapVariation, long gaps) {

    private static final double DAYS_PER_WEEK = 7;

    static Cadence of(List<PostingHour> hours, long ownPosts, long days) {
        double weeks = days / DAYS_PER_WEEK;
        List<Long> gaps = gapsInHours(hours);
        Long longest = gaps.stream().max(Comparator.naturalOrder()).orElse(null);
        return new Cadence(ownPosts / weeks, ownPosts, weeks, longest, variation(gaps), gaps.size());
    }

    private static List<Long> gapsInHours(List<PostingHour> hours) {
        List<PostingHour> ordered = hours.stream().sorted(Comparator.comparing(PostingHour::start)).toList();
        List<Long> gaps = new ArrayList<>();
        PostingHour previous = null;
        for (PostingHour hour : ordered) {
            if (previous != null) {
                gaps.add(Duration.between(previous.start(), hour.start()).toHours());
            }
            for (long sameHour = 1; sameHour < hour.posts(); sameHour++) {
                gaps.add(0L);
            }
            previous = hour;
        }
        return gaps;
    }

    private static @Nullable Double variation(List<Long> gaps) {
        if (gaps.size() < 2) {
            return null;
        }
        double mean = gaps.stream().mapToLong(Long::longValue).average().orElseThrow();
        if (mean == 0) {
            return null;
        }
        double variance = gaps.stream().mapToDouble(gap -> (gap - mean) * (gap - mean)).sum() / gaps.size();
        return Math.sqrt(variance) / mean;
    }
}
