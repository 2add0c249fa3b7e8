package io.rostrum.analytics.detect;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.rostrum.events.AlertType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * RESPONSE_SPIKE: a post drawing far more replies in its first day than the executive's posts usually do. The
 * statistic is the robust z-score {@code 0.6745 (x - median) / MAD} of {@code x = log1p(replies)} against the last
 * posts whose day is over. Replies are counted as they arrive and the alert is raised the moment the count
 * crosses, not a day later; it can only grow, so an early crossing stands.
 */
final class ResponseSpikeDetector {

    private static final double CONSISTENCY = 0.6745;

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class State {
        List<OpenPost> open = new ArrayList<>();
        List<Double> history = new ArrayList<>();
    }

    /** A post still inside its counting window. */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class OpenPost {
        String key = "";
        Instant at = Instant.EPOCH;
        int replies;
        boolean alerted;
    }

    private final DetectorSettings.ResponseSpike settings;

    ResponseSpikeDetector(DetectorSettings.ResponseSpike settings) {
        this.settings = settings;
    }

    Optional<Alarm> post(State state, Observation post) {
        Integer known = post.replies();
        if (known != null) {
            Optional<Alarm> alarm = evaluate(state, post.key(), known);
            remember(state, known);
            return alarm;
        }
        OpenPost open = new OpenPost();
        open.key = post.key();
        open.at = post.at();
        state.open.add(open);
        return Optional.empty();
    }

    Optional<Alarm> reply(State state, Observation reply) {
        OpenPost post = parentOf(state, reply);
        if (post == null || reply.at().isAfter(post.at.plus(settings.window()))) {
            return Optional.empty();
        }
        post.replies++;
        if (post.alerted) {
            return Optional.empty();
        }
        Optional<Alarm> alarm = evaluate(state, post.key, post.replies);
        post.alerted = alarm.isPresent();
        return alarm;
    }

    /** Posts whose window has ended join the history their successors are compared with. */
    void close(State state, Instant now) {
        for (Iterator<OpenPost> posts = state.open.iterator(); posts.hasNext(); ) {
            OpenPost post = posts.next();
            if (now.isAfter(post.at.plus(settings.window()))) {
                remember(state, post.replies);
                posts.remove();
            }
        }
    }

    /** The named parent when it is open; without a name (a bare replayed history), the newest open post. */
    private static @Nullable OpenPost parentOf(State state, Observation reply) {
        if (state.open.isEmpty()) {
            return null;
        }
        if (reply.parentKey() == null) {
            return state.open.get(state.open.size() - 1);
        }
        return state.open.stream().filter(post -> post.key.equals(reply.parentKey())).findFirst().orElse(null);
    }

    private Optional<Alarm> evaluate(State state, String postKey, int replies) {
        if (state.history.size() < settings.minHistoryPosts() || replies < settings.minReplies()) {
            return Optional.empty();
        }
        double median = RobustStatistics.median(state.history);
        double mad = Math.max(settings.madFloor(), RobustStatistics.medianAbsoluteDeviation(state.history, median));
        double z = CONSISTENCY * (Math.log1p(replies) - median) / mad;
        if (z <= settings.zThreshold()) {
            return Optional.empty();
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("statistic", z);
        figures.put("threshold", settings.zThreshold());
        figures.put("observed", (double) replies);
        figures.put("baseline", Math.expm1(median));
        figures.put("baselinePosts", (double) state.history.size());
        figures.put("windowHours", (double) settings.window().toHours());
        String summary = String.format("A post drew %d replies within %d hours, against a usual %.0f (robust z %.1f)",
                replies, settings.window().toHours(), Math.expm1(median), z);
        return Optional.of(new Alarm(AlertType.RESPONSE_SPIKE, summary, figures, List.of(postKey)));
    }

    private void remember(State state, int replies) {
        state.history.add(Math.log1p(replies));
        if (state.history.size() > settings.historyPosts()) {
            state.history.remove(0);
        }
    }
}
