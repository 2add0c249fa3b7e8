package io.rostrum.analytics.query;

import org.jspecify.annotations.Nullable;

/** (positive - negative) / all stakeholder replies with a sentiment class, in -1..1. */
public record NetSentiment(@Nullable Double value, long positive, long negative, long neutral) {

    static NetSentiment of(SentimentCounts counts) {
        long all = counts.total();
        return new NetSentiment(all == 0 ? null : (double) (counts.positive() - counts.negative()) / all,
                counts.positive(), counts.negative(), counts.neutral());
    }
}
