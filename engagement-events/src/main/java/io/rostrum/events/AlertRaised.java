package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Something about an executive's engagement that a comms team should look at now.
 *
 * @param figures          the numbers behind the alert (statistic, threshold, before/after shares), by name
 * @param evidencePostKeys the posts that drove it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertRaised(int schemaVersion, String alertId, Instant raisedAt, String executiveId, AlertType type,
                          String summary, Map<String, Double> figures, List<String> evidencePostKeys) {

    public AlertRaised {
        Events.requireSchemaVersion(schemaVersion);
        Events.requiredText(alertId, "alertId");
        Events.required(raisedAt, "raisedAt");
        Events.requiredText(executiveId, "executiveId");
        Events.required(type, "type");
        Events.requiredText(summary, "summary");
        figures = Map.copyOf(Events.required(figures, "figures"));
        evidencePostKeys = List.copyOf(Events.required(evidencePostKeys, "evidencePostKeys"));
    }
}
