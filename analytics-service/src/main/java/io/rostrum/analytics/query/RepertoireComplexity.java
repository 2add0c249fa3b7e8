package io.rostrum.analytics.query;

import io.rostrum.events.Approach;
import org.jspecify.annotations.Nullable;

/**
 * How evenly an executive spreads their posts over the six approaches: the Shannon entropy of the approach mix
 * divided by ln 6, so 0 is a single approach and 1 all six equally. Below {@link #MIN_POSTS} posts the mix is too
 * noisy to say, and there is no value.
 */
public record RepertoireComplexity(@Nullable Double value, long posts) {

    static final int MIN_POSTS = 5;

    static RepertoireComplexity of(ApproachMix mix) {
        if (mix.posts() < MIN_POSTS) {
            return new RepertoireComplexity(null, mix.posts());
        }
        // the means of probability vectors sum to 1 only up to float rounding: normalise before taking logs
        double total = mix.shares().values().stream().mapToDouble(Double::doubleValue).sum();
        double entropy = 0;
        for (double share : mix.shares().values()) {
            double p = share / total;
            if (p > 0) {
                entropy -= p * Math.log(p);
            }
        }
        return new RepertoireComplexity(entropy / Math.log(Approach.values().length), mix.posts());
    }
}
