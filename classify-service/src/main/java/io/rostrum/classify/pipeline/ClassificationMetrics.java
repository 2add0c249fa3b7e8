package io.rostrum.classify.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.rostrum.events.Approach;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import io.rostrum.events.Reciprocity;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Stance;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * {@code rostrum.classify.*}: how long one post takes, how many posts each approach gets, how many replies
 * each stance, and how many classifications the model was unsure of (share = low.confidence / posts).
 */
@Component
class ClassificationMetrics {

    /** A primary approach below this probability is a low-confidence call. */
    static final double LOW_CONFIDENCE = 0.5;

    private final MeterRegistry meters;
    private final Timer latency;
    private final Counter lowConfidence;

    ClassificationMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.latency = Timer.builder("rostrum.classify.latency")
                .description("Time to classify one post, reply scoring included")
                .publishPercentileHistogram()
                .register(meters);
        this.lowConfidence = Counter.builder("rostrum.classify.low.confidence")
                .description("Posts whose primary approach had a probability under " + LOW_CONFIDENCE)
                .register(meters);
        // every combination counts from zero, so dashboards and rules see 0 rather than nothing before the first post
        for (Approach approach : Approach.values()) {
            for (Reciprocity reciprocity : Reciprocity.values()) {
                for (PostKind kind : PostKind.values()) {
                    posts(approach, reciprocity, kind);
                }
            }
        }
        for (Stance stance : Stance.values()) {
            for (StakeholderGroup group : StakeholderGroup.values()) {
                replies(stance, group);
            }
        }
    }

    private Counter posts(Approach primary, Reciprocity reciprocity, PostKind kind) {
        return meters.counter("rostrum.classify.posts", "approach", primary.id(), "reciprocity", reciprocity.id(),
                "kind", kind.id());
    }

    private Counter replies(Stance stance, StakeholderGroup group) {
        return meters.counter("rostrum.classify.replies", "stance", stance.id(), "group", group.id());
    }

    void record(PostClassified classified, long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
        Approach primary = classified.classification().approaches().get(0);
        posts(primary, classified.classification().reciprocity(), classified.post().kind()).increment();
        double confidence = classified.classification().probabilities().getOrDefault(primary.id(), 0.0);
        if (confidence < LOW_CONFIDENCE) {
            lowConfidence.increment();
        }
        ReplyScore score = classified.replyScore();
        if (score != null && score.stance() != null) {
            replies(score.stance(), score.stakeholderGroup()).increment();
        }
    }
}
