package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.ExecutiveSummary;
import io.rostrum.dashboard.analytics.Window;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The date range, time zone and bucket size a page shows. Absent controls take defaults that follow the data: the
 * range ends on the day of the latest post (today on a live platform, the last day of an archive) and spans
 * {@value #DEFAULT_DAYS} days; buckets are days up to {@value #MAX_DAILY_DAYS} days, weeks beyond. Every link
 * carries all four explicitly, so a copied URL shows the same thing to whoever opens it.
 */
record ViewRange(Window window, String interval) {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAILY_DAYS = 31;
    /** analytics-service's limit on one window. */
    static final int MAX_DAYS = 731;
    static final List<String> INTERVALS = List.of("day", "week");
    private static final ZoneId UTC = ZoneId.of("UTC");

    static ViewRange of(RangeParameters parameters, Collection<ExecutiveSummary> executives, Clock clock) {
        ZoneId zone = zone(parameters.zone());
        LocalDate to = date("to", parameters.to());
        if (to == null) {
            to = executives.stream().map(ExecutiveSummary::lastPostAt).filter(Objects::nonNull)
                    .max(Instant::compareTo).orElse(clock.instant()).atZone(zone).toLocalDate();
        }
        LocalDate from = date("from", parameters.from());
        if (from == null) {
            from = to.minusDays(DEFAULT_DAYS - 1);
        }
        if (to.isBefore(from)) {
            throw new InvalidRangeException("The range ends before it starts: 'to' must not be before 'from'.");
        }
        Window window = new Window(from, to, zone);
        if (window.days() > MAX_DAYS) {
            throw new InvalidRangeException("The range can span at most " + MAX_DAYS + " days.");
        }
        String interval = parameters.interval();
        if (interval == null || interval.isBlank()) {
            interval = window.days() <= MAX_DAILY_DAYS ? "day" : "week";
        } else if (!INTERVALS.contains(interval)) {
            throw new InvalidRangeException("'interval' must be day or week.");
        }
        return new ViewRange(window, interval);
    }

    public LocalDate from() {
        return window.from();
    }

    public LocalDate to() {
        return window.to();
    }

    public ZoneId zone() {
        return window.zone();
    }

    /**
     * Time zones offered by the control: UTC and the main business centres, plus the page's own zone when a link
     * names another (any region id is accepted).
     */
    List<String> zones() {
        if (COMMON_ZONES.contains(zone().getId())) {
            return COMMON_ZONES;
        }
        return Stream.concat(COMMON_ZONES.stream(), Stream.of(zone().getId())).sorted().toList();
    }

    private static final List<String> COMMON_ZONES = Stream.of("UTC", "Europe/London", "Europe/Dublin",
            "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam",
            "Europe/Brussels", "Europe/Zurich", "Europe/Vienna", "Europe/Stockholm", "Europe/Oslo",
            "Europe/Copenhagen", "Europe/Helsinki", "Europe/Warsaw", "Europe/Prague", "Europe/Athens",
            "Europe/Istanbul", "Europe/Kyiv", "Africa/Lagos", "Africa/Cairo", "Africa/Johannesburg", "Africa/Nairobi",
            "Asia/Dubai", "Asia/Riyadh", "Asia/Kolkata", "Asia/Singapore", "Asia/Hong_Kong", "Asia/Shanghai",
            "Asia/Tokyo", "Asia/Seoul", "Asia/Jakarta", "Australia/Perth", "Australia/Sydney", "Pacific/Auckland",
            "America/New_York", "America/Toronto", "America/Chicago", "America/Denver", "America/Los_Angeles",
            "America/Vancouver", "America/Mexico_City", "America/Bogota", "America/Lima", "America/Santiago",
            "America/Sao_Paulo", "America/Buenos_Aires", "Pacific/Honolulu").sorted().toList();

    private static ZoneId zone(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return UTC;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidRangeException("'zone' must be a time zone such as Europe/Berlin or UTC.");
        }
    }

    private static @Nullable LocalDate date(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRangeException("'" + name + "' must be a date such as 2026-07-31.");
        }
    }
}
