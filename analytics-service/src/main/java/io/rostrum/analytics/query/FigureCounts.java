package io.rostrum.analytics.query;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The raw counts, sums and means Elasticsearch aggregated over one span (a bucket, a platform or the whole
 * window), before any metric is derived from them.
 *
 * @param executivePosts     the executive's top-level posts, the sample of the approach mix
 * @param meanProbabilities  by approach id, over those posts
 * @param ownPosts           posts, replies and reposts by the executive
 * @param answeredWithin48h  distinct stakeholder replies answered by an executive reply within 48 hours
 * @param answers            executive replies that answer a known stakeholder reply
 */
record FigureCounts(long executivePosts, Map<String, Double> meanProbabilities, long ownPosts, long reciprocalPosts,
                    long engagement, long ratedPosts, @Nullable Double meanEngagementRate, long stakeholderReplies,
                    long answeredWithin48h, long answers, @Nullable Double medianAnswerSeconds,
                    List<PostingHour> postingHours, SentimentCounts sentiment, Map<String, Long> stakeholderGroups) {
}
