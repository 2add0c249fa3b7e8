package io.rostrum.analytics.cli;

import io.rostrum.analytics.detect.Replay;
import io.rostrum.events.AlertRaised;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An alert as {@code ./rostrum detect} prints it: the triggering record's index (0-based, blank lines counted) and
 * the evidence, whose records are indexes too.
 */
record AlertLine(String type, String executiveId, Instant at, long index, String summary, Evidence evidence) {

    record Evidence(Map<String, Double> figures, List<Long> records) {
    }

    static AlertLine of(Replay.Raised raised) {
        AlertRaised alert = raised.alert();
        return new AlertLine(alert.type().id(), alert.executiveId(), alert.raisedAt(), raised.index(),
                alert.summary(), new Evidence(alert.figures(), alert.evidencePostKeys().stream().map(Long::valueOf)
                .toList()));
    }
}
