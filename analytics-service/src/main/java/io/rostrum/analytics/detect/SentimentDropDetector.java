package io.rostrum.analytics.detect;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.rostrum.events.AlertType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SENTIMENT_DROP: a Bernoulli CUSUM, counted in replies, on the share of negative replies (VADER compound at most
 * -0.05, the threshold the net-sentiment metric uses). The baseline share is estimated, with one pseudo-count
 * each way, from the executive's recent replies (the newest left out); the alternative is that share multiplied
 * by {@code riseFactor} or raised by {@code minRise}, whichever is more. After an alarm the baseline restarts from
 * the replies of the drop, so a long hostile spell raises one alert, not one per hundred replies.
 */
final class SentimentDropDetector {

    static final double NEGATIVE = -0.05;
    private static final int MAX_EVIDENCE = 20;
    private static final double MAX_SHARE = 0.99;

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class State {
        /** One character per recent reply, '1' negative, oldest first. */
        String replies = "";
        double cusum;
        int runLength;
        int runNegatives;
        List<String> runEvidence = new ArrayList<>();
    }

    private final DetectorSettings.SentimentDrop settings;

    SentimentDropDetector(DetectorSettings.SentimentDrop settings) {
        this.settings = settings;
    }

    Optional<Alarm> reply(State state, Observation reply) {
        Double sentiment = reply.sentiment();
        if (sentiment == null) {
            return Optional.empty();
        }
        boolean negative = sentiment <= NEGATIVE;
        String replies = state.replies + (negative ? '1' : '0');
        int keep = settings.baselineReplies() + settings.lagReplies();
        state.replies = replies.length() > keep ? replies.substring(replies.length() - keep) : replies;
        int baselineSize = state.replies.length() - settings.lagReplies();
        if (baselineSize < settings.armAfterReplies()) {
            return Optional.empty();
        }
        double before = (negatives(state.replies.substring(0, baselineSize)) + 1.0) / (baselineSize + 2.0);
        double after = Math.min(MAX_SHARE, Math.max(before * settings.riseFactor(), before + settings.minRise()));
        double llr = negative ? Math.log(after / before) : Math.log((1 - after) / (1 - before));
        state.cusum = Math.max(0, state.cusum + llr);
        if (state.cusum == 0) {
            state.runLength = 0;
            state.runNegatives = 0;
            state.runEvidence.clear();
            return Optional.empty();
        }
        state.runLength++;
        if (negative) {
            state.runNegatives++;
            state.runEvidence.add(reply.key());
            if (state.runEvidence.size() > MAX_EVIDENCE) {
                state.runEvidence.remove(0);
            }
        }
        if (state.cusum < settings.threshold()) {
            return Optional.empty();
        }
        Alarm alarm = alarm(state, before);
        state.replies = state.replies.substring(state.replies.length() - Math.min(state.runLength,
                state.replies.length()));
        state.cusum = 0;
        state.runLength = 0;
        state.runNegatives = 0;
        state.runEvidence = new ArrayList<>();
        return Optional.of(alarm);
    }

    private Alarm alarm(State state, double before) {
        double observed = (double) state.runNegatives / state.runLength;
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("statistic", state.cusum);
        figures.put("threshold", settings.threshold());
        figures.put("baseline", before);
        figures.put("observed", observed);
        figures.put("replies", (double) state.runLength);
        figures.put("negativeReplies", (double) state.runNegatives);
        String summary = String.format("Negative replies rose to %.0f%% of the last %d, against a usual %.0f%%",
                100 * observed, state.runLength, 100 * before);
        return new Alarm(AlertType.SENTIMENT_DROP, summary, figures, List.copyOf(state.runEvidence));
    }

    private static long negatives(String replies) {
        return replies.chars().filter(reply -> reply == '1').count();
    }
}
