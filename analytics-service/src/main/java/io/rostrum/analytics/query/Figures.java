package io.rostrum.analytics.query;

/** Every metric of one span (a bucket, a platform or the whole window), each with its sample size. */
public record Figures(ApproachMix approachMix, RepertoireComplexity repertoireComplexity, Ratio reciprocityRate,
                      Responsiveness responsiveness, Cadence cadence, Ratio repliesPerPost, Engagement engagement,
                      NetSentiment netSentiment, Reputation reputation, StakeholderMix stakeholderMix) {

    static Figures of(FigureCounts counts, long days, Reputation reputation) {
        ApproachMix mix = new ApproachMix(counts.executivePosts(), counts.meanProbabilities());
        return new Figures(mix, RepertoireComplexity.of(mix),
                Ratio.of(counts.reciprocalPosts(), counts.ownPosts()),
                new Responsiveness(Ratio.of(counts.answeredWithin48h(), counts.stakeholderReplies()),
                        counts.medianAnswerSeconds(), counts.answers()),
                Cadence.of(counts.postingHours(), counts.ownPosts(), days),
                Ratio.of(counts.stakeholderReplies(), counts.ownPosts()),
                new Engagement(counts.engagement(), counts.ownPosts(), counts.meanEngagementRate(),
                        counts.ratedPosts()),
                NetSentiment.of(counts.sentiment()), reputation,
                new StakeholderMix(counts.stakeholderReplies(), counts.stakeholderGroups()));
    }
}
