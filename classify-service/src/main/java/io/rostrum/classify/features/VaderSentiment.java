package io.rostrum.classify.features;

import io.rostrum.events.Polarity;

/**
 * VADER (Hutto and Gilbert 2014), the rule-based sentiment model made for social media text: the lexicon from the
 * library that bundles it, our own port of the library's tokens ({@link VaderTokens}) and rules
 * ({@link VaderTokenValences}), which give its scores exactly at a fraction of its cost. Its
 * compound score is a feature of the trained reply models: they learn when to trust it and when polite words hide
 * criticism.
 */
public final class VaderSentiment {

    /** VADER's own thresholds on the compound score for calling a text positive or negative. */
    static final double POSITIVE = 0.05;
    static final double NEGATIVE = -0.05;
    /** Beyond this, VADER is sure of itself. */
    static final double STRONG = 0.5;

    private static final float EXCLAMATION = 0.292f;
    private static final int MOST_EXCLAMATIONS = 4;
    private static final float QUESTION = 0.18f;
    private static final int MOST_COUNTED_QUESTIONS = 3;
    private static final float MANY_QUESTIONS = 0.96f;
    /** The normalisation's alpha: how quickly the compound score nears ±1 as valence adds up. */
    private static final float ALPHA = 15f;
    private static final float FOUR_DECIMALS = 10_000f;

    private final VaderTokenValences rules = new VaderTokenValences();

    /** The compound score in [-1, 1], rounded to four decimals as VADER reports it. */
    public double compound(String text) {
        if (text.isBlank()) {
            return 0;
        }
        VaderTokens tokens = VaderTokens.of(text);
        float total = 0f;
        for (float valence : rules.of(tokens.tokens(), tokens.hasShouting())) {
            total += valence;
        }
        float punctuation = punctuationEmphasis(text);
        if (total > 0f) {
            total += punctuation;
        } else if (total < 0f) {
            total -= punctuation;
        }
        float normalised = (float) (total / Math.sqrt(total * total + ALPHA));
        double rounded = Math.round(normalised * FOUR_DECIMALS) / FOUR_DECIMALS;
        return Math.max(-1, Math.min(1, rounded));
    }

    /** VADER's own reading of a compound score, by its ±0.05 thresholds. */
    public static Polarity polarity(double compound) {
        return compound >= POSITIVE ? Polarity.POSITIVE : compound <= NEGATIVE ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }

    /** Exclamation marks (up to four) and question marks (two or more) strengthen whatever the words say. */
    private static float punctuationEmphasis(String text) {
        int exclamations = count(text, '!');
        int questions = count(text, '?');
        float exclamation = Math.min(exclamations, MOST_EXCLAMATIONS) * EXCLAMATION;
        float question = questions <= 1 ? 0f : questions <= MOST_COUNTED_QUESTIONS ? questions * QUESTION : MANY_QUESTIONS;
        return exclamation + question;
    }

    private static int count(String text, char mark) {
        return (int) text.chars().filter(c -> c == mark).count();
    }
}
