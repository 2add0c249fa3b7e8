package io.rostrum.dashboard.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.rostrum.events.AlertType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An alert as analytics-service lists it, with its acknowledgement if someone has given one. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertView(String alertId, Instant raisedAt, String executiveId, AlertType type, String summary,
                        Map<String, Double> figures, List<String> evidencePostKeys, @Nullable Instant acknowledgedAt,
                        @Nullable String acknowledgedBy) {

    public boolean open() {
        return acknowledgedAt == null;
    }
}
