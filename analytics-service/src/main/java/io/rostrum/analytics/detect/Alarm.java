package io.rostrum.analytics.detect;

import io.rostrum.events.AlertType;
import java.util.List;
import java.util.Map;

/** What a detector found, before it is addressed to an executive and a moment as an alert. */
record Alarm(AlertType type, String summary, Map<String, Double> figures, List<String> evidence) {
}
