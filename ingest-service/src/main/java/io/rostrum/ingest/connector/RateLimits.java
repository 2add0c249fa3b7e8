package io.rostrum.ingest.connector;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * Reads how long a platform asks a client to wait: {@code Retry-After} (seconds or an HTTP date), or the time
 * the current rate-limit window resets ({@code X-RateLimit-Reset} as an ISO timestamp on Mastodon,
 * {@code RateLimit-Reset} as epoch seconds on Bluesky).
 */
public final class RateLimits {

    /** When a 429 names no wait at all. */
    public static final Duration DEFAULT_WAIT = Duration.ofMinutes(1);

    private RateLimits() {
    }

    /** The wait a 429 response asks for, never negative. */
    public static Duration waitAfter429(HttpHeaders headers, Instant now) {
        return retryAfter(headers, now).or(() -> untilReset(headers, now)).orElse(DEFAULT_WAIT);
    }

    /**
     * The wait before the next request when the remaining budget is exhausted ({@code X-RateLimit-Remaining} or
     * {@code RateLimit-Remaining} at 0), so a client slows down before it is refused.
     */
    public static Optional<Duration> waitWhenExhausted(HttpHeaders headers, Instant now) {
        String remaining = first(headers, "X-RateLimit-Remaining", "RateLimit-Remaining");
        if (remaining == null) {
            return Optional.empty();
        }
        try {
            return Long.parseLong(remaining.trim()) <= 0 ? untilReset(headers, now) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
        String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(nonNegative(Duration.ofSeconds(Long.parseLong(value.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(nonNegative(Duration.between(now, at)));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    static Optional<Duration> untilReset(HttpHeaders headers, Instant now) {
        String value = first(headers, "X-RateLimit-Reset", "RateLimit-Reset");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(nonNegative(Duration.between(now, Instant.ofEpochSecond(Long.parseLong(value.trim())))));
        } catch (NumberFormatException notEpochSeconds) {
            try {
                return Optional.of(nonNegative(Duration.between(now, OffsetDateTime.parse(value.trim()).toInstant())));
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    private static String first(HttpHeaders headers, String... names) {
        for (String name : names) {
            String value = headers.getFirst(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
