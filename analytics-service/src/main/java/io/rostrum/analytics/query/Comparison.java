package io.rostrum.analytics.query;

import java.time.LocalDate;
import java.util.List;

/** Executives side by side over the same window, in the order they were asked for. */
public record Comparison(LocalDate from, LocalDate to, String zone, Interval interval,
                         List<ExecutiveMetrics> executives) {

    /** One executive's totals and buckets. */
    public record ExecutiveMetrics(String executiveId, Figures total, List<Bucket> buckets) {
    }
}
