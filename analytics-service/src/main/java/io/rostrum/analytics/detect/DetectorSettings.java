package io.rostrum.analytics.detect;

import java.time.Duration;

/**
 * How sensitive each detector is. The defaults are the calibrated ones (docs/detectors.md); a settings file can
 * override any of them for all executives or for one.
 */
public record DetectorSettings(ApproachShift approachShift, ResponseSpike responseSpike,
                               SentimentDrop sentimentDrop, Silence silence) {

    public static DetectorSettings defaults() {
        return new DetectorSettings(new ApproachShift(0.5, 6.5, 60, 15, 20, 1.0),
                new ResponseSpike(3.5, 25, Duration.ofHours(24), 30, 15, 0.4),
                new SentimentDrop(25.0, 2.0, 0.15, 500, 60, 100),
                new Silence(Duration.ofDays(7), 3.0, 10, 30));
    }

    /**
     * Multinomial CUSUM over the executive's own posts, one alternative per approach.
     *
     * @param shiftSize     the alternative for approach k moves this share of the baseline mix onto k
     * @param threshold     the CUSUM statistic (in nats) that raises the alert
     * @param baselinePosts how many posts the baseline mix is estimated from
     * @param lagPosts      the newest posts kept out of the baseline, so a shift under way is not absorbed
     * @param armAfterPosts baseline posts needed before the detector may alarm (also its cool-down after one)
     * @param prior         Dirichlet pseudo-count per approach added to the baseline
     */
    public record ApproachShift(double shiftSize, double threshold, int baselinePosts, int lagPosts,
                                int armAfterPosts, double prior) {
    }

    /**
     * Robust z-score of a post's reply count in its first hours against the executive's recent posts.
     *
     * @param minReplies   a spike needs at least this many replies whatever the z-score
     * @param madFloor     the median absolute deviation (of log1p counts) never taken below this, so very regular
     *                     counts do not make every small rise a spike
     */
    public record ResponseSpike(double zThreshold, int minReplies, Duration window, int historyPosts,
                                int minHistoryPosts, double madFloor) {
    }

    /**
     * Bernoulli CUSUM on the share of negative replies (VADER compound at most -0.05).
     *
     * @param riseFactor     the alternative share is the baseline share times this ...
     * @param minRise        ... or the baseline plus this, whichever is larger
     * @param baselineReplies how many replies the baseline share is estimated from
     * @param lagReplies     the newest replies kept out of the baseline
     * @param armAfterReplies baseline replies needed before the detector may alarm
     */
    public record SentimentDrop(double threshold, double riseFactor, double minRise, int baselineReplies,
                                int lagReplies, int armAfterReplies) {
    }

    /**
     * No own post, reply or repost for {@code max(minimum, gapMultiple × median gap)}.
     *
     * @param minPosts   only an executive with at least this many posts "usually posts"
     * @param gapHistory how many recent gaps the median is taken over
     */
    public record Silence(Duration minimum, double gapMultiple, int minPosts, int gapHistory) {
    }
}
