package io.rostrum.analytics.query;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The width of the time buckets a metrics report is split into. Weeks start on Monday, as in ISO-8601. */
public enum Interval {
    DAY("day"),
    WEEK("week");

    private final String id;

    Interval(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Interval> byId(String id) {
        return Arrays.stream(values()).filter(interval -> interval.id.equals(id)).findFirst();
    }
}
