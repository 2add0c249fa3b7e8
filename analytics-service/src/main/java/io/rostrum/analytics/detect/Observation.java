package io.rostrum.analytics.detect;

import io.rostrum.events.Approach;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One record of an executive's history as the detectors see it.
 *
 * @param key           identifies the record among the evidence an alert cites (a post key, or a line number)
 * @param parentKey     for a stakeholder reply, the executive post whose thread it is in, when known
 * @param probabilities for an executive post, the classifier's probability per approach in {@link Approach}
 *                      order
 * @param sentiment     for a stakeholder reply, its VADER compound score, when known
 * @param replies       for an executive post, its reply count after a day when already known (a replayed
 *                      history); otherwise the detectors count the replies as they arrive
 */
public record Observation(String executiveId, Instant at, Kind kind, String key, @Nullable String parentKey,
                          double @Nullable [] probabilities, @Nullable Double sentiment, @Nullable Integer replies) {

    /** What the record is to the detectors. */
    public enum Kind {
        /** The executive's own post: it counts towards the approach mix, cadence and reply volume. */
        POST,
        /** The executive replying or reposting: active, so it breaks a silence, but not part of the mix. */
        ACTIVITY,
        /** A stakeholder replying in one of the executive's threads. */
        REPLY
    }

    public Observation {
        if (kind == Kind.POST && (probabilities == null || probabilities.length != Approach.values().length)) {
            throw new IllegalArgumentException("a post needs one probability per approach");
        }
    }

    public static Observation post(String executiveId, Instant at, String key, double[] probabilities,
                                   @Nullable Integer replies) {
        return new Observation(executiveId, at, Kind.POST, key, null, probabilities, null, replies);
    }

    public static Observation activity(String executiveId, Instant at, String key) {
        return new Observation(executiveId, at, Kind.ACTIVITY, key, null, null, null, null);
    }

    public static Observation reply(String executiveId, Instant at, String key, @Nullable String parentKey,
                                    @Nullable Double sentiment) {
        return new Observation(executiveId, at, Kind.REPLY, key, parentKey, null, sentiment, null);
    }
}
