package io.rostrum.dashboard.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Number and date formats for the templates ({@code ${@formats.percent(x)}}). A figure with no sample is shown as
 * an en dash, never as zero: "no replies" and "no positive replies" are different news.
 */
@Component("formats")
class Formats {

    static final String NONE = "–";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    public String percent(@Nullable Double share) {
        return share == null ? NONE : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    public String decimal(@Nullable Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.2f", value);
    }

    public String oneDecimal(@Nullable Double value) {
        return value == null ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }

    public String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A duration in days and hours, or hours and minutes when under a day. */
    public String duration(@Nullable Double seconds) {
        if (seconds == null) {
            return NONE;
        }
        Duration duration = Duration.ofSeconds(Math.round(seconds));
        if (duration.toDays() > 0) {
            return duration.toDays() + " d " + duration.toHoursPart() + " h";
        }
        return duration.toHours() + " h " + duration.toMinutesPart() + " min";
    }

    public String hours(@Nullable Long hours) {
        return hours == null ? NONE : duration(hours * 3600.0);
    }

    public String dateTime(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? NONE : DATE_TIME.format(instant.atZone(zone));
    }

    public String date(@Nullable Instant instant, ZoneId zone) {
        return instant == null ? NONE : DATE.format(instant.atZone(zone));
    }

    /** "Celebrating" for "celebrating", "General public" for "general-public". */
    public static String label(String id) {
        String words = id.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
