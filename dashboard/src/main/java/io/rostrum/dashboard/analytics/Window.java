package io.rostrum.dashboard.analytics;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Whole days from {@code from} to {@code to}, both included, in the reader's time zone. */
public record Window(LocalDate from, LocalDate to, ZoneId zone) {

    public Window {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends before it starts");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
