package io.rostrum.analytics.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.Cue;
import io.rostrum.events.Direction;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.Polarity;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Purpose;
import io.rostrum.events.Reciprocity;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Stance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One post as indexed: the observation and its classification side by side, flat enough to filter and aggregate
 * on directly, with the per-post figures of the metrics computed once here rather than in every query. Its
 * document id is the post key. Absent values are left out of the document, so "exists" queries mean "applies".
 *
 * @param byExecutive       true for the executive's own posts, replies and reposts, which make up the approach mix
 * @param engagement        replies + reposts + likes + quotes at {@code metrics.observedAt}
 * @param stance            stakeholder replies: where the reply stands toward the executive
 * @param polarity          stakeholder replies: how the reply reads, by the trained reply model
 * @param sentimentClass    stakeholder replies: VADER's verdict, positive at compound >= 0.05, negative at <= -0.05
 * @param replyWeight       stakeholder replies: ln(1 + followers of the reply's author), the reputation weight
 * @param weightedSentiment stakeholder replies: sentiment x replyWeight, so reputation is a ratio of two sums
 * @param engagementRate    the executive's posts: engagement / followers x 100, when the follower count is known
 * @param answersKey        an executive reply to a stakeholder reply: the reply it answers
 * @param answerSeconds     with {@code answersKey}: how long the executive took to answer
 * @param cues              the evidence behind the labels, kept for display only (not indexed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostDocument(String postKey, String executiveId, Platform platform, String nativeId, PostKind kind,
                           boolean byExecutive, Author author, @Nullable String inReplyToKey,
                           @Nullable String threadRootKey, Instant createdAt, String text, @Nullable String language,
                           @Nullable String url, MetricSnapshot metrics, long engagement, List<Approach> approaches,
                           Map<String, Double> probabilities, Purpose purpose, Reciprocity reciprocity,
                           Direction direction, String classifier, @Nullable Double sentiment,
                           @Nullable StakeholderGroup stakeholderGroup, Instant classifiedAt,
                           @Nullable Stance stance, @Nullable Polarity polarity, @Nullable Polarity sentimentClass,
                           @Nullable Double replyWeight, @Nullable Double weightedSentiment,
                           @Nullable Double engagementRate, @Nullable String answersKey,
                           @Nullable Long answerSeconds, List<Cue> cues) {

    private static final double POSITIVE_FROM = 0.05;
    private static final double NEGATIVE_FROM = -0.05;

    /**
     * @param answered the stakeholder reply this post answers, when it is an executive reply and that reply is
     *                 indexed
     */
    public static PostDocument of(PostClassified classified, @Nullable StakeholderReply answered) {
        PostObserved post = classified.post();
        ReplyScore score = classified.replyScore();
        ReplyScore stakeholderScore = post.kind() == PostKind.STAKEHOLDER_REPLY ? score : null;
        Double replyWeight = stakeholderScore == null ? null : Math.log1p(post.author().followers());
        Double engagementRate = post.kind().byExecutive() && post.author().followers() > 0
                ? 100.0 * post.metrics().engagement() / post.author().followers() : null;
        List<Cue> cues = new ArrayList<>(classified.classification().cues());
        if (score != null) {
            cues.addAll(score.cues());
        }
        return new PostDocument(post.postKey(), post.executiveId(), post.platform(), post.nativeId(), post.kind(),
                post.kind().byExecutive(), post.author(), post.inReplyToKey(), post.threadRootKey(), post.createdAt(),
                post.text(), post.language(), post.url(), post.metrics(), post.metrics().engagement(),
                classified.classification().approaches(), classified.classification().probabilities(),
                classified.classification().purpose(), classified.classification().reciprocity(),
                classified.classification().direction(), classified.classification().classifier(),
                score == null ? null : score.sentiment(), score == null ? null : score.stakeholderGroup(),
                classified.classifiedAt(),
                stakeholderScore == null ? null : stakeholderScore.stance(),
                stakeholderScore == null ? null : stakeholderScore.polarity(),
                stakeholderScore == null ? null : sentimentClass(stakeholderScore.sentiment()),
                replyWeight,
                stakeholderScore == null ? null : stakeholderScore.sentiment() * replyWeight,
                engagementRate,
                answered == null ? null : answered.postKey(),
                answered == null ? null : Duration.between(answered.createdAt(), post.createdAt()).toSeconds(),
                List.copyOf(cues));
    }

    /** Orders observations of one post: a document is only replaced by one observed at the same time or later. */
    public long version() {
        return metrics.observedAt().toEpochMilli();
    }

    private static Polarity sentimentClass(double compound) {
        if (compound >= POSITIVE_FROM) {
            return Polarity.POSITIVE;
        }
        return compound <= NEGATIVE_FROM ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }
}
