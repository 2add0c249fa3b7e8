package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.Figures;
import io.rostrum.dashboard.analytics.MetricsReport;
import io.rostrum.events.Approach;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The coaching view of one executive over a range: the style mix, what they lean on, what they shy away from and
 * how the mix moved, each stated against the cohort so the coach sees what is particular to this leader.
 *
 * @param strengths approaches with at least {@value #LEANS_ON} of the mix and at least the cohort's share
 * @param avoided   approaches under {@value #SHIES_AWAY} of the mix that the cohort uses more
 * @param trend     approaches whose share moved by at least {@value #MOVED} points between the first and second
 *                  half of the range, largest move first
 */
record EngagementProfile(Figures figures, Figures cohort, MixBar mix, List<ApproachUse> strengths,
                         List<ApproachUse> avoided, List<ApproachChange> trend) {

    static final double LEANS_ON = 0.15;
    static final double SHIES_AWAY = 0.05;
    static final double MOVED = 5;

    static EngagementProfile of(MetricsReport executive, MetricsReport cohort) {
        Figures.ApproachMix mix = executive.total().approachMix();
        Figures.ApproachMix cohortMix = cohort.total().approachMix();
        List<ApproachUse> uses = Arrays.stream(Approach.values())
                .map(approach -> new ApproachUse(approach.id(), mix.share(approach.id()),
                        cohortMix.share(approach.id())))
                .sorted(Comparator.comparingDouble(ApproachUse::share).reversed()).toList();
        List<ApproachUse> strengths = mix.posts() == 0 ? List.of() : uses.stream()
                .filter(use -> use.share() >= LEANS_ON && use.share() >= use.cohortShare()).toList();
        List<ApproachUse> avoided = mix.posts() == 0 ? List.of() : uses.stream()
                .filter(use -> use.share() < SHIES_AWAY && use.cohortShare() > use.share()).toList();
        return new EngagementProfile(executive.total(), cohort.total(), MixBar.of(mix), strengths, avoided,
                trend(executive.buckets()));
    }

    private static List<ApproachChange> trend(List<MetricsReport.Bucket> buckets) {
        int half = buckets.size() / 2;
        if (half == 0) {
            return List.of();
        }
        List<MetricsReport.Bucket> first = buckets.subList(0, half);
        List<MetricsReport.Bucket> second = buckets.subList(half, buckets.size());
        return Arrays.stream(Approach.values())
                .map(approach -> {
                    Double before = weightedShare(first, approach);
                    Double after = weightedShare(second, approach);
                    return before == null || after == null ? null
                            : new ApproachChange(approach.id(), before, after);
                })
                .filter(change -> change != null && Math.abs(change.points()) >= MOVED)
                .sorted(Comparator.comparingDouble((ApproachChange change) -> Math.abs(change.points())).reversed())
                .toList();
    }

    /** The approach's share over several buckets, each weighted by its number of posts. */
    private static @Nullable Double weightedShare(List<MetricsReport.Bucket> buckets, Approach approach) {
        long posts = buckets.stream().mapToLong(bucket -> bucket.figures().approachMix().posts()).sum();
        if (posts == 0) {
            return null;
        }
        return buckets.stream().mapToDouble(bucket -> bucket.figures().approachMix().posts()
                * bucket.figures().approachMix().share(approach.id())).sum() / posts;
    }

    record ApproachUse(String approach, double share, double cohortShare) {
    }

    /** An approach's share in the first and the second half of the range. */
    record ApproachChange(String approach, double before, double after) {

        public double points() {
            return (after - before) * 100;
        }
    }
}
