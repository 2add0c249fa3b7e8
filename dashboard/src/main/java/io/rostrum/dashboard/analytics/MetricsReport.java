package io.rostrum.dashboard.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One executive's (or the cohort's) figures over a window: the totals, the buckets and, if asked, by platform. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MetricsReport(@Nullable String executiveId, LocalDate from, LocalDate to, Figures total,
                            List<Bucket> buckets, Map<String, Figures> platforms) {

    public MetricsReport {
        platforms = platforms == null ? Map.of() : Map.copyOf(platforms);
    }

    /** One day or week of the window. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bucket(LocalDate from, LocalDate to, Figures figures) {
    }
}
