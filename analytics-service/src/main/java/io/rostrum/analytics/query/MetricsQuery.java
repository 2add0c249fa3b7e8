package io.rostrum.analytics.query;

import org.jspecify.annotations.Nullable;

/**
 * What a metrics report covers: one executive, or the whole cohort when {@code executiveId} is null, on one
 * platform or all of them, over a window split into buckets.
 *
 * @param byPlatform also report the window's figures per platform; asked for, not by default, since it nearly
 *                   doubles the work of the search (docs/benchmarks.md)
 */
public record MetricsQuery(@Nullable String executiveId, @Nullable String platform, Window window,
                           Interval interval, boolean byPlatform) {
}
