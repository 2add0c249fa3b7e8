package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A post's public counters at one moment. Later observations of the same post carry newer snapshots. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetricSnapshot(long replies, long reposts, long likes, long quotes, Instant observedAt) {

    public MetricSnapshot {
        Events.required(observedAt, "metrics.observedAt");
        if (replies < 0 || reposts < 0 || likes < 0 || quotes < 0) {
            throw new IllegalArgumentException("metrics must not be negative");
        }
    }

    /** Replies + reposts + likes + quotes: the engagement figure of the design brief. */
    public long engagement() {
        return replies + reposts + likes + quotes;
    }
}
