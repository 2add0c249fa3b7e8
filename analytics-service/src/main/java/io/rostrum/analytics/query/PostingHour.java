package io.rostrum.analytics.query;

import java.time.Instant;

/** An hour in which the executive posted, and how often: the resolution cadence is measured at. */
public record PostingHour(Instant start, long posts) {
}
