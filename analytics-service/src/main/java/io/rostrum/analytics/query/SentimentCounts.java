package io.rostrum.analytics.query;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import io.rostrum.events.Polarity;
import java.util.HashMap;
import java.util.Map;

/** Stakeholder replies by sentiment class (VADER compound at least 0.05 positive, at most -0.05 negative). */
public record SentimentCounts(long positive, long negative, long neutral) {

    static final SentimentCounts NONE = new SentimentCounts(0, 0, 0);

    /** From a terms aggregation on {@code sentimentClass}. */
    static SentimentCounts ofClasses(Aggregate classes) {
        Map<String, Long> counts = new HashMap<>();
        classes.sterms().buckets().array().forEach(bucket -> counts.put(bucket.key().stringValue(), bucket.docCount()));
        return new SentimentCounts(counts.getOrDefault(Polarity.POSITIVE.id(), 0L),
                counts.getOrDefault(Polarity.NEGATIVE.id(), 0L), counts.getOrDefault(Polarity.NEUTRAL.id(), 0L));
    }

    public long total() {
        return positive + negative + neutral;
    }

    SentimentCounts plus(SentimentCounts other) {
        return new SentimentCounts(positive + other.positive, negative + other.negative, neutral + other.neutral);
    }
}
