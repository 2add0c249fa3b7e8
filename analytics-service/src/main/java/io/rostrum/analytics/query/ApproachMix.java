package io.rostrum.analytics.query;

import java.util.Map;

/**
 * The share of each approach in the executive's own top-level posts: the mean of the classifier's probabilities,
 * so an uncertain post counts towards every approach it might be rather than only its top label.
 *
 * @param shares by approach id; empty when there were no posts
 */
public record ApproachMix(long posts, Map<String, Double> shares) {

    public ApproachMix {
        shares = Map.copyOf(shares);
    }
}
