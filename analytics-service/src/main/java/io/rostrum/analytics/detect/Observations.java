package io.rostrum.analytics.detect;

import io.rostrum.events.Approach;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostObserved;
import io.rostrum.events.ReplyScore;
import java.util.Map;

/** Reads classified posts as the detectors' observations. */
public final class Observations {

    private Observations() {
    }

    public static Observation of(PostClassified classified) {
        PostObserved post = classified.post();
        return switch (post.kind()) {
            case EXECUTIVE_POST -> Observation.post(post.executiveId(), post.createdAt(), post.postKey(),
                    ordered(classified.classification().probabilities()), null);
            case EXECUTIVE_REPLY, REPOST -> Observation.activity(post.executiveId(), post.createdAt(), post.postKey());
            case STAKEHOLDER_REPLY -> {
                ReplyScore score = classified.replyScore();
                String thread = post.threadRootKey() != null ? post.threadRootKey() : post.inReplyToKey();
                yield Observation.reply(post.executiveId(), post.createdAt(), post.postKey(), thread,
                        score == null ? null : score.sentiment());
            }
        };
    }

    /** The probabilities in {@link Approach} order; an approach the classifier left out has probability 0. */
    public static double[] ordered(Map<String, Double> probabilities) {
        double[] ordered = new double[Approach.values().length];
        for (Approach approach : Approach.values()) {
            ordered[approach.ordinal()] = probabilities.getOrDefault(approach.id(), 0.0);
        }
        return ordered;
    }
}
