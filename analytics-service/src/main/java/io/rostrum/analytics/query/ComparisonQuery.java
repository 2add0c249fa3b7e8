package io.rostrum.analytics.query;

import java.util.List;

/** Several executives over the same window and buckets, side by side, in the order given. */
public record ComparisonQuery(List<String> executiveIds, Window window, Interval interval) {

    public ComparisonQuery {
        executiveIds = List.copyOf(executiveIds);
    }
}
