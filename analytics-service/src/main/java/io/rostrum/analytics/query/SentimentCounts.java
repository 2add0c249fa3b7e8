package io.rostrum.analytics.query;

/** Stakeholder replies by sentiment class (VADER compound at least 0.05 positive, at most -0.05 negative). */
public record SentimentCounts(long positive, long negative, long neutral) {

    static final SentimentCounts NONE = new SentimentCounts(0, 0, 0);

    public long total() {
        return positive + negative + neutral;
    }

    SentimentCounts plus(SentimentCounts other) {
        return new SentimentCounts(positive + other.positive, negative + other.negative, neutral + other.neutral);
    }
}
