package io.rostrum.analytics.detect;

import java.util.Arrays;
import java.util.Collection;

/** Medians, for statistics that one wild value must not move. */
final class RobustStatistics {

    private RobustStatistics() {
    }

    static double median(Collection<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        return medianOfSorted(sorted);
    }

    /** The median absolute deviation from {@code median}. */
    static double medianAbsoluteDeviation(Collection<? extends Number> values, double median) {
        double[] deviations = values.stream().mapToDouble(value -> Math.abs(value.doubleValue() - median)).toArray();
        Arrays.sort(deviations);
        return medianOfSorted(deviations);
    }

    private static double medianOfSorted(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("the median of nothing is undefined");
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
