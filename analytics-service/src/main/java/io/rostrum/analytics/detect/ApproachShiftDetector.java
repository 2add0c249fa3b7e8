package io.rostrum.analytics.detect;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.rostrum.events.AlertType;
import io.rostrum.events.Approach;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * APPROACH_SHIFT: a multinomial CUSUM, counted in posts, on the classifier's probabilities. The baseline is the
 * Dirichlet-smoothed mean mix of the executive's recent posts (the newest {@code lagPosts} left out, so a shift
 * under way does not hide itself). Alternative k moves a share δ of the baseline onto approach k; for a post with
 * probabilities p its log-likelihood ratio against the baseline b is {@code ln(1-δ) + p_k ln(1 + δ/((1-δ) b_k))}.
 * Each alternative keeps its own CUSUM; the first to reach the threshold raises the alert, and the posts since it
 * last stood at zero are the "after" mix. The baseline then restarts from those posts, which is the cool-down.
 */
final class ApproachShiftDetector {

    private static final int APPROACHES = Approach.values().length;
    private static final int MAX_EVIDENCE = 20;

    /** The detector's memory of one executive. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class State {
        List<Mark> recent = new ArrayList<>();
        double[] cusum = new double[APPROACHES];
        int[] runLength = new int[APPROACHES];
    }

    /** A post as remembered: its key and probabilities. */
    record Mark(String key, double[] p) {
    }

    private final DetectorSettings.ApproachShift settings;

    ApproachShiftDetector(DetectorSettings.ApproachShift settings) {
        this.settings = settings;
    }

    Optional<Alarm> observe(State state, Observation post) {
        double[] p = normalised(post.probabilities());
        state.recent.add(new Mark(post.key(), p));
        int keep = settings.baselinePosts() + settings.lagPosts();
        if (state.recent.size() > keep) {
            state.recent.subList(0, state.recent.size() - keep).clear();
        }
        int baselineSize = state.recent.size() - settings.lagPosts();
        if (baselineSize < settings.armAfterPosts()) {
            return Optional.empty();
        }
        double[] baseline = mix(state.recent.subList(0, baselineSize), settings.prior());
        double delta = settings.shiftSize();
        int alarming = -1;
        for (int k = 0; k < APPROACHES; k++) {
            double llr = Math.log(1 - delta) + p[k] * Math.log1p(delta / ((1 - delta) * baseline[k]));
            state.cusum[k] = Math.max(0, state.cusum[k] + llr);
            state.runLength[k] = state.cusum[k] == 0 ? 0 : state.runLength[k] + 1;
            if (state.cusum[k] >= settings.threshold() && (alarming < 0 || state.cusum[k] > state.cusum[alarming])) {
                alarming = k;
            }
        }
        if (alarming < 0) {
            return Optional.empty();
        }
        int shiftPosts = Math.min(state.runLength[alarming], state.recent.size());
        Alarm alarm = alarm(state, alarming, shiftPosts, baseline);
        restartFromShift(state, shiftPosts);
        return Optional.of(alarm);
    }

    private Alarm alarm(State state, int k, int shiftPosts, double[] before) {
        List<Mark> run = state.recent.subList(state.recent.size() - shiftPosts, state.recent.size());
        double[] after = mix(run, 0);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("statistic", state.cusum[k]);
        figures.put("threshold", settings.threshold());
        figures.put("posts", (double) run.size());
        figures.put("jensenShannon", Divergence.jensenShannon(before, after));
        for (Approach approach : Approach.values()) {
            figures.put("before." + approach.id(), before[approach.ordinal()]);
        }
        for (Approach approach : Approach.values()) {
            figures.put("after." + approach.id(), after[approach.ordinal()]);
        }
        Approach towards = Approach.values()[k];
        String summary = String.format("Posts shifted towards %s: %.0f%% of the mix before, %.0f%% over the last %d "
                + "posts", towards.id(), 100 * before[k], 100 * after[k], run.size());
        List<String> evidence = run.subList(Math.max(0, run.size() - MAX_EVIDENCE), run.size()).stream()
                .map(Mark::key).toList();
        return new Alarm(AlertType.APPROACH_SHIFT, summary, figures, evidence);
    }

    /** The posts of the shift become the new baseline; nothing older is comparable any more. */
    private static void restartFromShift(State state, int shiftPosts) {
        state.recent.subList(0, state.recent.size() - shiftPosts).clear();
        state.cusum = new double[APPROACHES];
        state.runLength = new int[APPROACHES];
    }

    /** The mean of the posts' probabilities with {@code prior} pseudo-counts per approach. */
    static double[] mix(List<Mark> posts, double prior) {
        double[] sums = new double[APPROACHES];
        for (Mark post : posts) {
            for (int k = 0; k < APPROACHES; k++) {
                sums[k] += post.p()[k];
            }
        }
        double total = posts.size() + APPROACHES * prior;
        for (int k = 0; k < APPROACHES; k++) {
            sums[k] = (sums[k] + prior) / total;
        }
        return sums;
    }

    /** Classifier output can be off by rounding; the likelihood ratio needs a distribution. */
    private static double[] normalised(double[] probabilities) {
        double sum = 0;
        for (double p : probabilities) {
            if (!(p >= 0) || Double.isInfinite(p)) {
                throw new IllegalArgumentException("probabilities must be finite and non-negative");
            }
            sum += p;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("probabilities must not all be zero");
        }
        double[] normalised = new double[probabilities.length];
        for (int k = 0; k < probabilities.length; k++) {
            normalised[k] = probabilities[k] / sum;
        }
        return normalised;
    }
}
