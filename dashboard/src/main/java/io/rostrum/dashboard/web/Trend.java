package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.Figures;
import io.rostrum.dashboard.analytics.MetricsReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Where a figure stands in the last bucket and how it moved from the bucket before: the week-over-week change a
 * card shows beside the number.
 *
 * @param latest the value in the latest bucket that has one
 * @param change latest minus the bucket before it that has a value; null without two such buckets
 */
record Trend(@Nullable Double latest, @Nullable Double change) {

    /** Changes smaller than this are shown as flat. */
    private static final double FLAT = 0.5;

    static Trend of(List<MetricsReport.Bucket> buckets, Function<Figures, @Nullable Double> figure) {
        List<Double> values = buckets.stream().map(bucket -> figure.apply(bucket.figures()))
                .filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return new Trend(null, null);
        }
        Double latest = values.get(values.size() - 1);
        return new Trend(latest, values.size() < 2 ? null : latest - values.get(values.size() - 2));
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
