package io.rostrum.analytics.web;

import io.rostrum.analytics.query.Interval;
import io.rostrum.analytics.query.Window;
import io.rostrum.events.Identified;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks the query API's parameters before anything reaches Elasticsearch. Every check names the parameter and
 * what it expects; all values arrive as text so that a malformed one gets the same clear answer.
 */
final class RequestParameters {

    /** The longest window a report covers: two years, leap day included. */
    static final long MAX_WINDOW_DAYS = 731;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private RequestParameters() {
    }

    static @Nullable String optionalId(String name, @Nullable String value) {
        return value == null ? null : id(name, value);
    }

    static String id(String name, @Nullable String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new InvalidParameterException(name,
                    "must be 1 to 100 lower-case letters, digits and dashes, starting with a letter or digit");
        }
        return value;
    }

    /** One of an enum's ids (a platform, an approach, a post kind), or null when absent. */
    static <E extends Enum<E> & Identified> @Nullable String optionalChoice(String name, @Nullable String value,
                                                                             Class<E> choices) {
        if (value == null) {
            return null;
        }
        E[] constants = choices.getEnumConstants();
        if (Arrays.stream(constants).noneMatch(choice -> choice.id().equals(value))) {
            throw new InvalidParameterException(name, "must be one of " + Arrays.stream(constants)
                    .map(Identified::id).collect(Collectors.joining(", ")));
        }
        return value;
    }

    static @Nullable LocalDate optionalDate(String name, @Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "must be an ISO-8601 date such as 2026-07-31");
        }
    }

    static LocalDate date(String name, @Nullable String value) {
        LocalDate date = optionalDate(name, value);
        if (date == null) {
            throw new InvalidParameterException(name, "is required, as an ISO-8601 date such as 2026-07-31");
        }
        return date;
    }

    static ZoneId zone(@Nullable String value) {
        if (value == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidParameterException("zone", "must be a time zone id such as Europe/Berlin or UTC");
        }
    }

    /** The from and to days, both included, at most {@link #MAX_WINDOW_DAYS} days apart. */
    static Window window(@Nullable String from, @Nullable String to, @Nullable String zone) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (last.isBefore(first)) {
            throw new InvalidParameterException("to", "must not be before from");
        }
        Window window = new Window(first, last, zone(zone));
        if (window.days() > MAX_WINDOW_DAYS) {
            throw new InvalidParameterException("to", "must be at most " + MAX_WINDOW_DAYS + " days after from");
        }
        return window;
    }

    /** {@code split=platform} asks for the figures per platform as well. */
    static boolean splitByPlatform(@Nullable String value) {
        if (value == null) {
            return false;
        }
        if (!value.equals("platform")) {
            throw new InvalidParameterException("split", "must be platform");
        }
        return true;
    }

    static Interval interval(@Nullable String value) {
        if (value == null) {
            return Interval.WEEK;
        }
        return Interval.byId(value).orElseThrow(() -> new InvalidParameterException("interval",
                "must be day or week"));
    }

    static int integer(String name, @Nullable String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw new InvalidParameterException(name, "must be a whole number from " + min + " to " + max);
    }
}
