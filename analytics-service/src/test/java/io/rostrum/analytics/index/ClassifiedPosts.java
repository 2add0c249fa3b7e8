package io.rostrum.analytics.index;

import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.Classification;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Classified posts for tests, with only what a test varies as parameters. */
final class ClassifiedPosts {

    static final Cue APPROACH_CUE = new Cue("results are out", "informing", 1.2);
    static final Cue REPLY_CUE = new Cue("thanks", "supportive", 0.8);

    private ClassifiedPosts() {
    }

    static PostClassified executivePost(String executiveId, String nativeId, Instant createdAt, long followers,
                                        long likes, Instant observedAt) {
        return classified(post(executiveId, nativeId, PostKind.EXECUTIVE_POST, null, createdAt, followers, likes,
                observedAt), null);
    }

    static PostClassified executiveReply(String executiveId, String nativeId, String inReplyToKey,
                                         Instant createdAt) {
        return classified(post(executiveId, nativeId, PostKind.EXECUTIVE_REPLY, inReplyToKey, createdAt, 500, 0,
                createdAt), null);
    }

    static PostClassified stakeholderReply(String executiveId, String nativeId, String inReplyToKey,
                                           Instant createdAt, long followers, double sentiment) {
        return classified(post(executiveId, nativeId, PostKind.STAKEHOLDER_REPLY, inReplyToKey, createdAt, followers,
                        0, createdAt),
                new ReplyScore(sentiment, Polarity.POSITIVE, StakeholderGroup.INVESTORS, Stance.SUPPORTIVE,
                        List.of(REPLY_CUE)));
    }

    private static PostObserved post(String executiveId, String nativeId, PostKind kind,
                                     @Nullable String inReplyToKey, Instant createdAt, long followers, long likes,
                                     Instant observedAt) {
        return PostObserved.observe(executiveId, Platform.MASTODON, nativeId, kind,
                new Author("author-" + nativeId, "author" + nativeId + "@t.example", "Author " + nativeId,
                        "Equity analyst", followers, kind.byExecutive()),
                inReplyToKey, inReplyToKey, createdAt, "Results are out.", "en", null,
                new MetricSnapshot(0, 0, likes, 0, observedAt));
    }

    private static PostClassified classified(PostObserved post, @Nullable ReplyScore score) {
        Classification classification = new Classification(List.of(Approach.INFORMING),
                Map.of("informing", 0.9, "celebrating", 0.02, "dialoguing", 0.02, "framing", 0.02, "mobilizing",
                        0.02, "obfuscating", 0.02), Purpose.INFORMATION_PROCESSING, Reciprocity.NON_RECIPROCAL,
                Direction.CONVERGENCE, "test", List.of(APPROACH_CUE));
        return PostClassified.of(post, classification, score, post.observedAt());
    }
}
