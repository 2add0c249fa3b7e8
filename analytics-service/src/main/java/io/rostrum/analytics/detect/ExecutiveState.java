package io.rostrum.analytics.detect;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

/** Everything the detectors remember about one executive; small, so it fits one state-store value. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public final class ExecutiveState {
    ApproachShiftDetector.State approachShift = new ApproachShiftDetector.State();
    ResponseSpikeDetector.State responseSpike = new ResponseSpikeDetector.State();
    SentimentDropDetector.State sentimentDrop = new SentimentDropDetector.State();
    SilenceDetector.State silence = new SilenceDetector.State();
}
