package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.Figures;
import io.rostrum.dashboard.analytics.MetricsReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a figure moved from one bucket to the next: the week-over-week change a card shows beside the number.
 *
 * @param change the latest bucket's value minus the value of the bucket before it that has one; null without two
 *               buckets with a value
 */
record Trend(@Nullable Double change) {

    /** Changes smaller than this are shown as flat. */
    private static final double FLAT = 0.5;

    static Trend of(List<MetricsReport.Bucket> buckets, Function<Figures, @Nullable Double> figure) {
        List<Double> values = buckets.stream().map(bucket -> figure.apply(bucket.figures()))
                .filter(Objects::nonNull).toList();
        if (values.size() < 2) {
            return new Trend(null);
        }
        return new Trend(values.get(values.size() - 1) - values.get(values.size() - 2));
    }

    /** The change as shown beside the arrow: "+4.2", or an en dash without one. */
    public String changeText() {
        return change == null ? Formats.NONE : String.format(Locale.ROOT, "%+.1f", change);
    }

    /** "up", "down" or "flat", for the arrow and its accessible label. */
    public String direction() {
        if (change == null || Math.abs(change) < FLAT) {
            return "flat";
        }
        return change > 0 ? "up" : "down";
    }
}
