package io.rostrum.analytics.query;

import org.jspecify.annotations.Nullable;

/** A share or rate with the two counts it is made of; no value when there is nothing to divide by. */
public record Ratio(@Nullable Double value, long numerator, long denominator) {

    static Ratio of(long numerator, long denominator) {
        return new Ratio(denominator == 0 ? null : (double) numerator / denominator, numerator, denominator);
    }
}
