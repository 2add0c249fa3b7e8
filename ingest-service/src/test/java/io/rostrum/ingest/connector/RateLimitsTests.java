package io.rostrum.ingest.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class RateLimitsTests {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void readsRetryAfterAsSecondsOrADateAndFallsBackToTheResetTime() {
        HttpHeaders seconds = new HttpHeaders();
        seconds.add("Retry-After", "120");
        HttpHeaders date = new HttpHeaders();
        date.add("Retry-After", "Wed, 25 Nov 2026 12:05:00 GMT");
        HttpHeaders mastodonReset = new HttpHeaders();
        mastodonReset.add("X-RateLimit-Reset", "2026-11-25T12:10:00.000Z");
        HttpHeaders blueskyReset = new HttpHeaders();
        blueskyReset.add("RateLimit-Reset", Long.toString(NOW.plusSeconds(30).getEpochSecond()));

        assertThat(RateLimits.waitAfter429(seconds, NOW)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RateLimits.waitAfter429(date, NOW)).isEqualTo(Duration.ofMinutes(5));
        assertThat(RateLimits.waitAfter429(mastodonReset, NOW)).isEqualTo(Duration.ofMinutes(10));
        assertThat(RateLimits.waitAfter429(blueskyReset, NOW)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RateLimits.waitAfter429(new HttpHeaders(), NOW)).isEqualTo(RateLimits.DEFAULT_WAIT);
    }

    @Test
    void slowsDownOnlyWhenTheBudgetIsSpent() {
        HttpHeaders spent = new HttpHeaders();
        spent.add("X-RateLimit-Remaining", "0");
        spent.add("X-RateLimit-Reset", "2026-11-25T12:01:00Z");
        HttpHeaders left = new HttpHeaders();
        left.add("X-RateLimit-Remaining", "12");

        assertThat(RateLimits.waitWhenExhausted(spent, NOW)).contains(Duration.ofMinutes(1));
        assertThat(RateLimits.waitWhenExhausted(left, NOW)).isEmpty();
    }
}
