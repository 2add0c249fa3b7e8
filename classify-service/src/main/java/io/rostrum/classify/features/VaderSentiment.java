package io.rostrum.classify.features;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import io.rostrum.events.Polarity;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * VADER (Hutto and Gilbert 2014), the rule-based sentiment model made for social media text, through the library
 * that bundles its lexicon. Its compound score is a feature of the trained reply models: they learn when to
 * trust it and when polite words hide criticism.
 */
public final class VaderSentiment {

    /** VADER's own thresholds on the compound score for calling a text positive or negative. */
    static final double POSITIVE = 0.05;
    static final double NEGATIVE = -0.05;
    /** Beyond this, VADER is sure of itself. */
    static final double STRONG = 0.5;

    /** The compound score in [-1, 1]. */
    public double compound(String text) {
        if (text.isBlank()) {
            return 0;
        }
        try {
            SentimentAnalyzer analyzer = new SentimentAnalyzer(text);
            analyzer.analyze();
            double compound = analyzer.getPolarity().get("compound");
            return Math.max(-1, Math.min(1, compound));
        } catch (IOException e) {
            throw new UncheckedIOException("VADER could not read the text", e);
        }
    }

    /** VADER's own reading of a compound score, by its ±0.05 thresholds. */
    public static Polarity polarity(double compound) {
        return compound >= POSITIVE ? Polarity.POSITIVE : compound <= NEGATIVE ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }
}
