package io.rostrum.analytics.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.analytics.detect.evaluation.ShiftEvaluation;
import org.junit.jupiter.api.Test;

/**
 * The shipped APPROACH_SHIFT threshold meets ARCHITECTURE.md's targets on simulated executives (a smaller run than
 * {@code ./rostrum bench detectors}, same code, fixed seed): at least 1,000 posts between false alarms on stationary
 * streams, and a median delay of at most 10 posts for shifts of Jensen-Shannon divergence 0.2 nats or more.
 */
class ApproachShiftCalibrationTests {

    @Test
    void defaultsMeetTheFalseAlarmAndDelayTargets() {
        ShiftEvaluation.Report report = ShiftEvaluation.evaluate(DetectorSettings.defaults(), 100, 5_000, 200, 7L);

        assertThat(report.stationary().arl0()).isGreaterThanOrEqualTo(1_000);
        assertThat(report.delays()).filteredOn(band -> band.fromJs() >= 0.2).hasSize(2).allSatisfy(band -> {
            assertThat(band.median()).isLessThanOrEqualTo(10);
            assertThat(band.detected()).isEqualTo(band.runs() - band.falseAlarmsBefore());
        });
    }

    @Test
    void aLowerThresholdWouldAlarmTooOften() {
        DetectorSettings defaults = DetectorSettings.defaults();
        DetectorSettings.ApproachShift shift = defaults.approachShift();
        DetectorSettings jumpy = new DetectorSettings(new DetectorSettings.ApproachShift(shift.shiftSize(), 4.0,
                shift.baselinePosts(), shift.lagPosts(), shift.armAfterPosts(), shift.prior()),
                defaults.responseSpike(), defaults.sentimentDrop(), defaults.silence());

        assertThat(ShiftEvaluation.evaluate(jumpy, 100, 5_000, 10, 7L).stationary().arl0()).isLessThan(1_000);
    }
}
