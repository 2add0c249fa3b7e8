package io.rostrum.analytics.query;

import java.time.LocalDate;

/** One day or week of a report, clipped to the report's window, so its first and last days are inside it. */
public record Bucket(LocalDate from, LocalDate to, Figures figures) {
}
