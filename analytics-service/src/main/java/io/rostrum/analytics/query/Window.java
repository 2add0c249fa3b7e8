package io.rostrum.analytics.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Whole calendar days from {@code from} to {@code to}, both included, in the reader's time zone: the unit every
 * figure is stated in.
 */
public record Window(LocalDate from, LocalDate to, ZoneId zone) {

    /** The trailing span the reputation score is defined on (ARCHITECTURE.md). */
    static final int REPUTATION_DAYS = 7;

    public Window {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends before it starts: " + from + " to " + to);
        }
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the window. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The reputation window ending on {@code day}: that day and the six before it. */
    static Window reputationEndingOn(LocalDate day, ZoneId zone) {
        return new Window(day.minusDays(REPUTATION_DAYS - 1), day, zone);
    }

    /** This window widened backwards so that the reputation of its first day can be computed. */
    Window withReputationLeadIn() {
        return new Window(from.minusDays(REPUTATION_DAYS - 1), to, zone);
    }
}
