package io.rostrum.analytics.alert;

import io.rostrum.events.AlertRaised;
import io.rostrum.events.AlertType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One alert as indexed and as the API returns it: the event, and whether someone on the comms team has
 * acknowledged it. Its document id is the alert id.
 */
public record AlertDocument(String alertId, Instant raisedAt, String executiveId, AlertType type, String summary,
                            Map<String, Double> figures, List<String> evidencePostKeys,
                            @Nullable Instant acknowledgedAt, @Nullable String acknowledgedBy) {

    static AlertDocument unacknowledged(AlertRaised alert) {
        return new AlertDocument(alert.alertId(), alert.raisedAt(), alert.executiveId(), alert.type(),
                alert.summary(), alert.figures(), alert.evidencePostKeys(), null, null);
    }
}
