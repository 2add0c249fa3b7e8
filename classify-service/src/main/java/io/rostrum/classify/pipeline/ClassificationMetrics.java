package io.rostrum.classify.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.rostrum.events.PostClassified;
import io.rostrum.events.ReplyScore;
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
    }

    void record(PostClassified classified, long nanos) {
        latency.record(nanos, TimeUnit.NANOSECONDS);
        String primary = classified.classification().approaches().get(0).id();
        meters.counter("rostrum.classify.posts", "approach", primary,
                "reciprocity", classified.classification().reciprocity().id()).increment();
        double confidence = classified.classification().probabilities().getOrDefault(primary, 0.0);
        if (confidence < LOW_CONFIDENCE) {
            lowConfidence.increment();
        }
        ReplyScore score = classified.replyScore();
        if (score != null && score.stance() != null) {
            meters.counter("rostrum.classify.replies", "stance", score.stance().id(),
                    "group", score.stakeholderGroup().id()).increment();
        }
    }
}
