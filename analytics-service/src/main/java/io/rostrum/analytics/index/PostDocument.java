package io.rostrum.analytics.index;

import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.Direction;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Purpose;
import io.rostrum.events.Reciprocity;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One post as indexed: the observation and its classification side by side, flat enough to filter and aggregate
 * on directly. Its document id is the post key.
 *
 * @param byExecutive true for the executive's own posts, replies and reposts, which make up the approach mix
 * @param engagement  replies + reposts + likes + quotes at {@code metrics.observedAt}
 */
public record PostDocument(String postKey, String executiveId, Platform platform, String nativeId, PostKind kind,
                           boolean byExecutive, Author author, @Nullable String inReplyToKey,
                           @Nullable String threadRootKey, Instant createdAt, String text, @Nullable String language,
                           @Nullable String url, MetricSnapshot metrics, long engagement, List<Approach> approaches,
                           Map<String, Double> probabilities, Purpose purpose, Reciprocity reciprocity,
                           Direction direction, String classifier, @Nullable Double sentiment,
                           @Nullable StakeholderGroup stakeholderGroup, Instant classifiedAt) {

    public static PostDocument of(PostClassified classified) {
        PostObserved post = classified.post();
        ReplyScore score = classified.replyScore();
        return new PostDocument(post.postKey(), post.executiveId(), post.platform(), post.nativeId(), post.kind(),
                post.kind().byExecutive(), post.author(), post.inReplyToKey(), post.threadRootKey(), post.createdAt(),
                post.text(), post.language(), post.url(), post.metrics(), post.metrics().engagement(),
                classified.classification().approaches(), classified.classification().probabilities(),
                classified.classification().purpose(), classified.classification().reciprocity(),
                classified.classification().direction(), classified.classification().classifier(),
                score == null ? null : score.sentiment(), score == null ? null : score.stakeholderGroup(),
                classified.classifiedAt());
    }

    /** Orders observations of one post: a document is only replaced by one observed at the same time or later. */
    public long version() {
        return metrics.observedAt().toEpochMilli();
    }
}
