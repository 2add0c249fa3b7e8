package io.rostrum.analytics.query;

/**
 * Sums over stakeholder replies that add up across days and platforms, so a trailing window can be assembled
 * from daily buckets.
 *
 * @param weightedSum Σ compound × ln(1 + author followers)
 * @param weightTotal Σ ln(1 + author followers)
 */
record ReplySums(double weightedSum, double weightTotal, long replies, SentimentCounts sentiment) {

    static final ReplySums NONE = new ReplySums(0, 0, 0, SentimentCounts.NONE);

    ReplySums plus(ReplySums other) {
        return new ReplySums(weightedSum + other.weightedSum, weightTotal + other.weightTotal,
                replies + other.replies, sentiment.plus(other.sentiment));
    }
}
