package io.rostrum.dashboard.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one span as analytics-service's metrics API states them (ARCHITECTURE.md defines each), every
 * one with its sample size so the page can say how much a number rests on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Figures(ApproachMix approachMix, Score repertoireComplexity, Ratio reciprocityRate,
                      Responsiveness responsiveness, Cadence cadence, Ratio repliesPerPost, Engagement engagement,
                      NetSentiment netSentiment, Reputation reputation, StakeholderMix stakeholderMix) {

    /** Mean class probabilities of the executive's posts, by approach id. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ApproachMix(long posts, Map<String, Double> shares) {

        public double share(String approach) {
            return shares.getOrDefault(approach, 0.0);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Score(@Nullable Double value, long posts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ratio(@Nullable Double value, long numerator, long denominator) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Responsiveness(Ratio answeredWithin48h, @Nullable Double medianAnswerSeconds, long answers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cadence(double postsPerWeek, long ownPosts, @Nullable Long longestSilenceHours,
                          @Nullable Double gapVariation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Engagement(long total, long ownPosts, @Nullable Double averageRate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NetSentiment(@Nullable Double value, long positive, long negative, long neutral) {

        public long replies() {
            return positive + negative + neutral;
        }
    }

    /** The reputation score of the seven days ending on {@code to}, with its components. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reputation(LocalDate from, LocalDate to, @Nullable Double score, double weightedSum,
                             double weightTotal, long replies, long positive, long negative, long neutral) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StakeholderMix(long replies, Map<String, Long> byGroup) {
    }
}
