package io.rostrum.analytics.detect;

import io.rostrum.events.AlertRaised;
import io.rostrum.events.Events;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four detectors over one executive's history. Callers keep the state and decide the clock: the Kafka Streams
 * processor keeps it in a state store and ticks on a punctuator, the replay keeps it in memory and ticks on each
 * record's time.
 */
public final class Detectors {

    private final SettingsBook settings;
    private final Map<String, ExecutiveDetectors> byExecutive = new ConcurrentHashMap<>();

    public Detectors(SettingsBook settings) {
        this.settings = settings;
    }

    /** Feeds one record and returns the alerts it raises. */
    public List<AlertRaised> observe(ExecutiveState state, Observation record) {
        ExecutiveDetectors detectors = of(record.executiveId());
        List<AlertRaised> alerts = new ArrayList<>();
        switch (record.kind()) {
            case POST -> {
                detectors.silence.active(state.silence, record);
                detectors.shift.observe(state.approachShift, record)
                        .ifPresent(alarm -> alerts.add(alert(record.executiveId(), record.at(), record.key(), alarm)));
                detectors.spike.post(state.responseSpike, record)
                        .ifPresent(alarm -> alerts.add(alert(record.executiveId(), record.at(), record.key(), alarm)));
            }
            case ACTIVITY -> detectors.silence.active(state.silence, record);
            case REPLY -> {
                detectors.spike.reply(state.responseSpike, record)
                        .ifPresent(alarm -> alerts.add(alert(record.executiveId(), record.at(), record.key(), alarm)));
                detectors.sentiment.reply(state.sentimentDrop, record)
                        .ifPresent(alarm -> alerts.add(alert(record.executiveId(), record.at(), record.key(), alarm)));
            }
        }
        return alerts;
    }

    /**
     * Lets time pass to {@code now}: posts whose reply window is over are filed, and a silence that has lasted too
     * long raises its alert (dated when it became too long).
     */
    public List<AlertRaised> tick(String executiveId, ExecutiveState state, Instant now) {
        ExecutiveDetectors detectors = of(executiveId);
        detectors.spike.close(state.responseSpike, now);
        return detectors.silence.check(state.silence, now)
                .map(silence -> List.of(alert(executiveId, silence.at(), state.silence.lastKey, silence.alarm())))
                .orElse(List.of());
    }

    private ExecutiveDetectors of(String executiveId) {
        return byExecutive.computeIfAbsent(executiveId, id -> new ExecutiveDetectors(settings.forExecutive(id)));
    }

    /** The alert id follows from what triggered it, so a replay raises the same alert, not a second one. */
    private static AlertRaised alert(String executiveId, Instant at, String triggerKey, Alarm alarm) {
        return new AlertRaised(Events.SCHEMA_VERSION,
                Events.deterministicId("alert", executiveId, alarm.type().id(), triggerKey, at.toString()), at,
                executiveId, alarm.type(), alarm.summary(), alarm.figures(), alarm.evidence());
    }

    /** One executive's detectors, built from their settings. */
    private static final class ExecutiveDetectors {
        final ApproachShiftDetector shift;
        final ResponseSpikeDetector spike;
        final SentimentDropDetector sentiment;
        final SilenceDetector silence;

        ExecutiveDetectors(DetectorSettings settings) {
            shift = new ApproachShiftDetector(settings.approachShift());
            spike = new ResponseSpikeDetector(settings.responseSpike());
            sentiment = new SentimentDropDetector(settings.sentimentDrop());
            silence = new SilenceDetector(settings.silence());
        }
    }
}
