package io.rostrum.classify.pipeline;

import io.rostrum.classify.approach.PostClassifier;
import io.rostrum.classify.reply.ReplyScorer;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostObserved;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Turns an observation into its classified event: approaches for every post, a score for replies. */
@Component
class PostClassification {

    private final PostClassifier classifier;
    private final ReplyScorer replies;
    private final Clock clock;

    PostClassification(PostClassifier classifier, ReplyScorer replies) {
        this.classifier = classifier;
        this.replies = replies;
        this.clock = Clock.systemUTC();
    }

    PostClassified classify(PostObserved post) {
        return PostClassified.of(post, classifier.classify(post), replies.score(post).orElse(null), clock.instant());
    }
}
