package io.rostrum.analytics.alert;

import io.rostrum.events.AlertType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which alerts to list, newest first; every filter is optional.
 *
 * @param from         raised at or after
 * @param to           raised before
 * @param acknowledged only acknowledged alerts when true, only open ones when false
 */
public record AlertCriteria(@Nullable String executiveId, @Nullable AlertType type, @Nullable Instant from,
                            @Nullable Instant to, @Nullable Boolean acknowledged, int size) {

    public static final int MAX_SIZE = 200;

    public AlertCriteria {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }
}
