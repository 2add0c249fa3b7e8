package io.rostrum.analytics.detect.evaluation;

import io.rostrum.analytics.detect.Observation;
import io.rostrum.events.Approach;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A simulated executive posting with irregular timing: log-normal gaps (median 20 hours, heavy right tail), quieter
 * at night and over weekends, each post's approach drawn from their mix and shown to the detector the way the
 * classifier shows it: a probability vector around the true approach (Dirichlet noise, 83% on the true approach
 * on average), not the approach itself.
 */
final class SimulatedExecutive {

    private static final int APPROACHES = Approach.values().length;
    /** Classifier noise: concentration and weight of the true approach in the Dirichlet mean. */
    private static final double CONCENTRATION = 5;
    private static final double TRUE_WEIGHT = 0.8;
    private static final double MEDIAN_GAP_HOURS = 20;
    private static final double GAP_SPREAD = 1.0;

    private final String executiveId;
    private final RandomGenerator random;
    private final LogNormalDistribution gapHours;
    private double[] mix;
    private Instant clock = Instant.parse("2026-01-05T08:00:00Z");
    private long posts;

    SimulatedExecutive(String executiveId, long seed, double[] mix) {
        this.executiveId = executiveId;
        this.random = new Well19937c(seed);
        this.gapHours = new LogNormalDistribution(random, Math.log(MEDIAN_GAP_HOURS), GAP_SPREAD);
        this.mix = mix.clone();
    }

    void changeMix(double[] mix) {
        this.mix = mix.clone();
    }

    Observation nextPost() {
        clock = nextTime();
        int approach = draw(mix);
        double[] alpha = new double[APPROACHES];
        for (int k = 0; k < APPROACHES; k++) {
            alpha[k] = CONCENTRATION * ((k == approach ? TRUE_WEIGHT : 0) + (1 - TRUE_WEIGHT) / APPROACHES);
        }
        return Observation.post(executiveId, clock, executiveId + ":" + posts++, Dirichlet.sample(random, alpha),
                null);
    }

    /** A gap from the log-normal, pushed out of the night and, mostly, out of the weekend. */
    private Instant nextTime() {
        Instant next = clock.plus(Duration.ofMinutes(Math.round(gapHours.sample() * 60)));
        var local = next.atOffset(ZoneOffset.UTC);
        if (local.getHour() < 7) {
            next = next.plus(Duration.ofHours(7 - local.getHour()));
        }
        int day = next.atOffset(ZoneOffset.UTC).getDayOfWeek().getValue();
        if (day >= 6 && random.nextDouble() < 0.7) {
            next = next.plus(Duration.ofDays(8 - day));
        }
        return next;
    }

    private int draw(double[] distribution) {
        double u = random.nextDouble();
        for (int k = 0; k < distribution.length - 1; k++) {
            u -= distribution[k];
            if (u < 0) {
                return k;
            }
        }
        return distribution.length - 1;
    }

    /** Draws from a Dirichlet distribution by normalising gamma variates. */
    static final class Dirichlet {

        private Dirichlet() {
        }

        static double[] sample(RandomGenerator random, double[] alpha) {
            double[] sample = new double[alpha.length];
            double sum = 0;
            for (int k = 0; k < alpha.length; k++) {
                sample[k] = new GammaDistribution(random, alpha[k], 1.0).sample();
                sum += sample[k];
            }
            for (int k = 0; k < alpha.length; k++) {
                sample[k] /= sum;
            }
            return sample;
        }
    }
}
