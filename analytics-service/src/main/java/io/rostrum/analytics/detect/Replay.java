package io.rostrum.analytics.detect;

import io.rostrum.events.AlertRaised;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a time-ordered history through the detectors, the clock following the records: before each record,
 * time passes to its moment for every executive (as the service's punctuator would have let it), then the record
 * is observed.
 */
public final class Replay {

    private final Detectors detectors;
    private final Map<String, ExecutiveState> states = new LinkedHashMap<>();
    private Instant clock = Instant.MIN;

    public Replay(Detectors detectors) {
        this.detectors = detectors;
    }

    /** An alert with the index of the record that raised it. */
    public record Raised(long index, AlertRaised alert) {
    }

    public List<Raised> next(long index, Observation record) {
        List<Raised> raised = new ArrayList<>();
        if (record.at().isAfter(clock)) {
            clock = record.at();
            states.forEach((executive, state) -> detectors.tick(executive, state, clock)
                    .forEach(alert -> raised.add(new Raised(index, alert))));
        }
        ExecutiveState state = states.computeIfAbsent(record.executiveId(), id -> new ExecutiveState());
        detectors.observe(state, record).forEach(alert -> raised.add(new Raised(index, alert)));
        return raised;
    }
}
