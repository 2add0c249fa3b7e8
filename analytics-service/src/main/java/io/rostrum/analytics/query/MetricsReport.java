package io.rostrum.analytics.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of one executive, or the cohort when {@code executiveId} is null, over a window: the totals, the
 * buckets in time order and the totals split by platform.
 */
public record MetricsReport(@Nullable String executiveId, @Nullable String platform, LocalDate from, LocalDate to,
                            String zone, Interval interval, Figures total, List<Bucket> buckets,
                            Map<String, Figures> platforms) {
}
