package io.rostrum.analytics.detect.evaluation;

import io.rostrum.analytics.detect.DetectorSettings;
import java.io.PrintStream;
import java.util.List;

/**
 * Prints the APPROACH_SHIFT calibration: for a range of thresholds, false-alarm spacing on stationary streams and
 * delay by change size, then the shipped default. Run by {@code ./rostrum bench detectors}.
 */
public final class DetectorEvaluation {

    private static final List<Double> THRESHOLDS = List.of(4.0, 5.0, 6.0, 6.5, 7.0, 8.0, 8.7);
    private static final int STREAMS = 200;
    private static final int POSTS_PER_STREAM = 5_000;
    private static final int RUNS_PER_BAND = 400;
    private static final long SEED = 20261126L;

    private DetectorEvaluation() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        DetectorSettings defaults = DetectorSettings.defaults();
        out.printf("APPROACH_SHIFT on simulated executives: %d stationary streams x %d posts; %d shifted runs per "
                + "band%n", STREAMS, POSTS_PER_STREAM, RUNS_PER_BAND);
        out.println("| threshold | ARL0 (posts) | JS 0.05-0.1 median / p90 / found | JS 0.1-0.2 | JS 0.2-0.3 | JS 0.3-0.45 |");
        out.println("|---:|---:|---|---|---|---|");
        for (double threshold : THRESHOLDS) {
            DetectorSettings.ApproachShift shift = defaults.approachShift();
            DetectorSettings settings = new DetectorSettings(new DetectorSettings.ApproachShift(shift.shiftSize(),
                    threshold, shift.baselinePosts(), shift.lagPosts(), shift.armAfterPosts(), shift.prior()),
                    defaults.responseSpike(), defaults.sentimentDrop(), defaults.silence());
            out.println(row(ShiftEvaluation.evaluate(settings, STREAMS, POSTS_PER_STREAM, RUNS_PER_BAND, SEED)));
        }
    }

    static String row(ShiftEvaluation.Report report) {
        StringBuilder row = new StringBuilder(String.format("| %.1f | %,.0f |", report.settings().threshold(),
                report.stationary().arl0()));
        for (ShiftEvaluation.Delays band : report.delays()) {
            int eligible = band.runs() - band.falseAlarmsBefore();
            row.append(String.format(" %.0f / %.0f / %.0f%% |", band.median(), band.p90(),
                    100.0 * band.detected() / eligible));
        }
        return row.toString();
    }
}
