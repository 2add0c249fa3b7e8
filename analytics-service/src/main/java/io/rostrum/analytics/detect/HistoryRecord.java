package io.rostrum.analytics.detect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.rostrum.events.Approach;
import io.rostrum.events.Identified;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line of a history to replay: {@code {"executiveId", "createdAt", "kind": "post"|"reply", "approach"}} with
 * optional {@code "probabilities"}, {@code "sentiment"} and {@code "replies"}. The record's index in the file is its
 * key, so an alert's evidence names the lines that drove it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryRecord(@Nullable String executiveId, @Nullable Instant createdAt, @Nullable String kind,
                            @Nullable String approach, @Nullable Map<String, Double> probabilities,
                            @Nullable Double sentiment, @Nullable Integer replies) {

    /**
     * Without probabilities a post's label is taken as near-certain: this share is left to each other approach,
     * so the CUSUM never divides by an impossible class.
     */
    static final double UNLABELLED_SHARE = 0.02;

    public Observation toObservation(long index) {
        String key = Long.toString(index);
        if (executiveId == null || executiveId.isBlank()) {
            throw new IllegalArgumentException("executiveId is required");
        }
        if (createdAt == null) {
            throw new IllegalArgumentException("createdAt (ISO-8601) is required");
        }
        if ("post".equals(kind)) {
            if (replies != null && replies < 0) {
                throw new IllegalArgumentException("replies must not be negative");
            }
            return Observation.post(executiveId, createdAt, key, postProbabilities(), replies);
        }
        if ("reply".equals(kind)) {
            if (sentiment != null && !(sentiment >= -1 && sentiment <= 1)) {
                throw new IllegalArgumentException("sentiment must be a compound score between -1 and 1");
            }
            return Observation.reply(executiveId, createdAt, key, null, sentiment);
        }
        throw new IllegalArgumentException("kind must be \"post\" or \"reply\", was " + kind);
    }

    private double[] postProbabilities() {
        if (probabilities != null) {
            for (String id : probabilities.keySet()) {
                Identified.fromId(Approach.class, id);
            }
            return Observations.ordered(probabilities);
        }
        if (approach == null) {
            throw new IllegalArgumentException("a post needs \"approach\" or \"probabilities\"");
        }
        double[] nearCertain = new double[Approach.values().length];
        Arrays.fill(nearCertain, UNLABELLED_SHARE);
        nearCertain[Identified.fromId(Approach.class, approach).ordinal()] =
                1 - UNLABELLED_SHARE * (nearCertain.length - 1);
        return nearCertain;
    }
}
