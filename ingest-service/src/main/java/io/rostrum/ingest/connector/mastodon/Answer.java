package io.rostrum.ingest.connector.mastodon;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** What an instance answered to one request, short of a failure. */
sealed interface Answer<T> {

    /**
     * The entity asked for.
     *
     * @param exhausted set when this answer spent the rate-limit budget: how long until it resets
     */
    record Found<T>(T entity, LinkHeader links, @Nullable Duration exhausted) implements Answer<T> {
    }

    /** 404 or 410: the status was deleted (or never visible to the public). */
    record Gone<T>() implements Answer<T> {
    }

    /** 429: the instance asks to come back after {@code retryAfter}. */
    record Throttled<T>(Duration retryAfter) implements Answer<T> {
    }
}
