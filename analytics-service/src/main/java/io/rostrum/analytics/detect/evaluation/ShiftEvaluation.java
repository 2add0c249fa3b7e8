package io.rostrum.analytics.detect.evaluation;

import io.rostrum.analytics.detect.DetectorSettings;
import io.rostrum.analytics.detect.Detectors;
import io.rostrum.analytics.detect.Divergence;
import io.rostrum.analytics.detect.Replay;
import io.rostrum.analytics.detect.SettingsBook;
import io.rostrum.events.AlertType;
import io.rostrum.events.Approach;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.jspecify.annotations.Nullable;

/**
 * Measures APPROACH_SHIFT on simulated executives: on stationary streams, the spacing of false alarms (ARL0, in
 * posts); on streams whose mix changes after a warm-up, the delay in posts from the change to the alert, by size
 * of the change (Jensen-Shannon divergence of the true mixes, in nats). Runs with a false alarm before the change
 * are set aside and counted, as usual for conditional delay.
 */
public final class ShiftEvaluation {

    private static final int APPROACHES = Approach.values().length;
    /** Mixes of simulated executives: Dirichlet(1, ..., 1), from one dominant approach to an even spread. */
    private static final double MIX_CONCENTRATION = 1.0;
    private static final int WARM_UP_POSTS = 120;
    private static final int MAX_DELAY_POSTS = 200;

    /** Bands of change size, in nats. */
    public static final List<double[]> BANDS = List.of(new double[] {0.05, 0.1}, new double[] {0.1, 0.2},
            new double[] {0.2, 0.3}, new double[] {0.3, 0.45});

    private ShiftEvaluation() {
    }

    /** False alarms on stationary streams. */
    public record Stationary(long posts, long alarms) {
        public double arl0() {
            return alarms == 0 ? Double.POSITIVE_INFINITY : (double) posts / alarms;
        }
    }

    /** Detection delays for changes of one size band. */
    public record Delays(double fromJs, double toJs, int runs, int falseAlarmsBefore, int detected, double median,
                         double p90) {
    }

    public record Report(DetectorSettings.ApproachShift settings, Stationary stationary, List<Delays> delays) {
    }

    public static Report evaluate(DetectorSettings settings, int streams, int postsPerStream, int runsPerBand,
                                  long seed) {
        List<Delays> delays = new ArrayList<>();
        for (int band = 0; band < BANDS.size(); band++) {
            delays.add(delays(settings, BANDS.get(band), runsPerBand, seed + 1_000_003L * (band + 1)));
        }
        return new Report(settings.approachShift(), stationary(settings, streams, postsPerStream, seed), delays);
    }

    static Stationary stationary(DetectorSettings settings, int streams, int postsPerStream, long seed) {
        long alarms = 0;
        for (int stream = 0; stream < streams; stream++) {
            RandomGenerator random = new Well19937c(seed + stream);
            SimulatedExecutive executive = new SimulatedExecutive("stationary-" + stream, random.nextLong(),
                    randomMix(random));
            Replay replay = new Replay(new Detectors(SettingsBook.of(settings)));
            for (int post = 0; post < postsPerStream; post++) {
                alarms += shifts(replay, post, executive);
            }
        }
        return new Stationary((long) streams * postsPerStream, alarms);
    }

    static Delays delays(DetectorSettings settings, double[] band, int runs, long seed) {
        List<Integer> delays = new ArrayList<>();
        int falseBefore = 0;
        for (int run = 0; run < runs; run++) {
            RandomGenerator random = new Well19937c(seed + run);
            double js = band[0] + random.nextDouble() * (band[1] - band[0]);
            double[] before = randomMix(random);
            double[] after = shifted(random, before, js);
            while (after == null) {
                before = randomMix(random);
                after = shifted(random, before, js);
            }
            SimulatedExecutive executive = new SimulatedExecutive("shifting-" + run, random.nextLong(), before);
            Replay replay = new Replay(new Detectors(SettingsBook.of(settings)));
            boolean falseAlarm = false;
            for (int post = 0; post < WARM_UP_POSTS; post++) {
                falseAlarm |= shifts(replay, post, executive) > 0;
            }
            if (falseAlarm) {
                falseBefore++;
                continue;
            }
            executive.changeMix(after);
            for (int post = 1; post <= MAX_DELAY_POSTS; post++) {
                if (shifts(replay, WARM_UP_POSTS + post, executive) > 0) {
                    delays.add(post);
                    break;
                }
            }
        }
        int[] sorted = delays.stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Delays(band[0], band[1], runs, falseBefore, sorted.length, quantile(sorted, 0.5),
                quantile(sorted, 0.9));
    }

    private static int shifts(Replay replay, long index, SimulatedExecutive executive) {
        return (int) replay.next(index, executive.nextPost()).stream()
                .filter(raised -> raised.alert().type() == AlertType.APPROACH_SHIFT).count();
    }

    /**
     * The mix moved towards a random approach until its divergence from {@code mix} is {@code js}; null when no
     * approach is that far from it.
     */
    static double @Nullable [] shifted(RandomGenerator random, double[] mix, double js) {
        for (int attempt = 0; attempt < 100; attempt++) {
            int towards = random.nextInt(APPROACHES);
            if (Divergence.jensenShannon(mix, towards(mix, towards, 1)) < js) {
                continue;
            }
            double low = 0;
            double high = 1;
            for (int step = 0; step < 50; step++) {
                double middle = (low + high) / 2;
                if (Divergence.jensenShannon(mix, towards(mix, towards, middle)) < js) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            return towards(mix, towards, high);
        }
        return null;
    }

    private static double[] towards(double[] mix, int approach, double share) {
        double[] moved = new double[mix.length];
        for (int k = 0; k < mix.length; k++) {
            moved[k] = (1 - share) * mix[k] + (k == approach ? share : 0);
        }
        return moved;
    }

    private static double[] randomMix(RandomGenerator random) {
        double[] alpha = new double[APPROACHES];
        Arrays.fill(alpha, MIX_CONCENTRATION);
        return SimulatedExecutive.Dirichlet.sample(random, alpha);
    }

    private static double quantile(int[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
