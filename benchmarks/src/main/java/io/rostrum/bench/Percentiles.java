package io.rostrum.bench;

import java.util.Arrays;
import java.util.Collection;

/** Nearest-rank percentiles of measured durations, in milliseconds. */
final class Percentiles {

    private final long[] sortedNanos;

    Percentiles(Collection<Long> nanos) {
        sortedNanos = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sortedNanos);
        if (sortedNanos.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
    }

    /** @param q between 0 (exclusive) and 1 */
    double millis(double q) {
        return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(q * sortedNanos.length) - 1)] / 1e6;
    }

    double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }
}
