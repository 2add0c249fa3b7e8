package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AlertView;
import io.rostrum.events.Approach;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An alert's figures made readable: for an approach shift the mix before and after, side by side; for the others
 * the statistic against its threshold and what was observed against the usual.
 */
record AlertExplanation(List<MixChange> mix, List<Figure> figures) {

    private static final String BEFORE = "before.";
    private static final String AFTER = "after.";
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("statistic", "Detector statistic"), Map.entry("threshold", "Alarm threshold"),
            Map.entry("posts", "Posts since the change began"),
            Map.entry("jensenShannon", "Jensen–Shannon divergence"),
            Map.entry("observed", "Observed"), Map.entry("baseline", "Usual (baseline)"),
            Map.entry("baselinePosts", "Posts in the baseline"), Map.entry("windowHours", "Window, hours"),
            Map.entry("replies", "Replies in the run"), Map.entry("negativeReplies", "Negative replies in the run"),
            Map.entry("medianGapDays", "Usual gap between posts, days"), Map.entry("lastActiveAt", "Last active"));

    static AlertExplanation of(AlertView alert, ZoneId zone, Formats formats) {
        List<MixChange> mix = new ArrayList<>();
        for (Approach approach : Approach.values()) {
            Double before = alert.figures().get(BEFORE + approach.id());
            Double after = alert.figures().get(AFTER + approach.id());
            if (before != null && after != null) {
                mix.add(new MixChange(approach.id(), before, after));
            }
        }
        List<Figure> figures = new ArrayList<>();
        LABELS.keySet().stream().sorted().forEach(name -> {
            Double value = alert.figures().get(name);
            if (value != null) {
                figures.add(new Figure(LABELS.get(name), name.equals("lastActiveAt")
                        ? formats.dateTime(Instant.ofEpochSecond(value.longValue()), zone)
                        : String.format(Locale.ROOT, "%.3g", value)));
            }
        });
        return new AlertExplanation(mix, figures);
    }

    record MixChange(String approach, double before, double after) {
    }

    record Figure(String label, String value) {
    }
}
