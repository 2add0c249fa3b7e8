package io.rostrum.classify.pipeline;

import io.rostrum.classify.approach.PostClassifier;
import io.rostrum.classify.features.PostInput;
import io.rostrum.classify.reply.ReplyScorer;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.ReplyScore;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Turns an observation into its classified event: approaches and reciprocity for every post (read with the
 * message it replies to, when known, and to whom), a sentiment, stance and stakeholder group for stakeholder
 * replies.
 */
@Component
public class PostClassification {

    /** Posts remembered for thread context: a few days of a large cohort's activity, some tens of megabytes. */
    private static final int REMEMBERED_POSTS = 100_000;

    private final PostClassifier classifier;
    private final ReplyScorer replies;
    private final ThreadMemory threads = new ThreadMemory(REMEMBERED_POSTS);
    private final Clock clock = Clock.systemUTC();

    public PostClassification(PostClassifier classifier, ReplyScorer replies) {
        this.classifier = classifier;
        this.replies = replies;
    }

    public PostClassified classify(PostObserved post) {
        threads.remember(post.postKey(), post.text(), post.kind().byExecutive());
        PostInput input = input(post);
        ReplyScore score = post.kind() == PostKind.STAKEHOLDER_REPLY
                ? replies.score(post.text(), input.inReplyToText(), post.author().profileText()) : null;
        return PostClassified.of(post, classifier.classify(input), score, clock.instant());
    }

    /** A reply to someone else is read with what it answers; an executive continuing their own thread is posting. */
    private PostInput input(PostObserved post) {
        boolean reply = post.kind() == PostKind.EXECUTIVE_REPLY || post.kind() == PostKind.STAKEHOLDER_REPLY;
        ThreadMemory.Remembered parent = reply ? threads.recall(post.inReplyToKey()) : null;
        if (post.kind() == PostKind.EXECUTIVE_REPLY && parent != null && parent.byExecutive()) {
            return PostInput.post(post.text());
        }
        return new PostInput(post.text(), reply, parent == null ? null : parent.text());
    }
}
