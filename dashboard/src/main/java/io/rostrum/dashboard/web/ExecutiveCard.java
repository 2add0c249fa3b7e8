package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.Comparison;
import io.rostrum.dashboard.analytics.ExecutiveSummary;
import io.rostrum.dashboard.analytics.Figures;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One executive on the overview: their mix and dominant approach, reputation and net sentiment with their
 * week-over-week trend, responsiveness, cadence and open alerts, over the page's range.
 *
 * @param daysSinceLastPost days from the last post to the range's end; null when they never posted or posted
 *                          after the range
 */
record ExecutiveCard(ExecutiveSummary executive, Figures total, @Nullable String dominantApproach,
                     MixBar mix, Trend reputation, Trend netSentiment, @Nullable Long daysSinceLastPost,
                     long openAlerts, List<@Nullable Double> weeklyReputation) {

    /** A week without posts is worth a warning on the card; the silence detector judges each executive's own rhythm. */
    static final long SILENCE_WARNING_DAYS = 7;

    static ExecutiveCard of(ExecutiveSummary executive, Comparison.Member weekly, ViewRange range, long openAlerts) {
        Figures total = weekly.total();
        String dominant = total.approachMix().shares().entrySet().stream()
                .filter(share -> share.getValue() > 0).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        Long silence = null;
        if (executive.lastPostAt() != null) {
            LocalDate last = executive.lastPostAt().atZone(range.zone()).toLocalDate();
            silence = last.isAfter(range.to()) ? null : ChronoUnit.DAYS.between(last, range.to());
        }
        return new ExecutiveCard(executive, total, dominant, MixBar.of(total.approachMix()),
                Trend.of(weekly.buckets(), figures -> figures.reputation().score()),
                Trend.of(weekly.buckets(), figures -> percentPoints(figures.netSentiment().value())),
                silence, openAlerts,
                weekly.buckets().stream().map(bucket -> bucket.figures().reputation().score()).toList());
    }

    /** The weekly reputation as an SVG polyline in a 100 × 24 box, -100 at the bottom, 100 at the top. */
    public String sparkline() {
        StringBuilder points = new StringBuilder();
        int last = Math.max(1, weeklyReputation.size() - 1);
        for (int index = 0; index < weeklyReputation.size(); index++) {
            Double score = weeklyReputation.get(index);
            if (score != null) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", 100.0 * index / last,
                        12 - 12 * score / 100));
            }
        }
        return points.toString().strip();
    }

    public String executiveId() {
        return executive.executiveId();
    }

    public boolean silent() {
        return daysSinceLastPost != null && daysSinceLastPost >= SILENCE_WARNING_DAYS;
    }

    /** Net sentiment in points, -100 to 100, so its trend reads on the same scale as reputation. */
    static @Nullable Double percentPoints(@Nullable Double share) {
        return share == null ? null : share * 100;
    }

    /** The overview's sort orders, by the name in the URL. */
    static Comparator<ExecutiveCard> order(String sort) {
        Comparator<ExecutiveCard> byName = Comparator.comparing(card -> card.executive().displayName());
        return switch (sort) {
            case "reputation" -> Comparator.comparing((ExecutiveCard card) -> card.total().reputation().score(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
            case "replies" -> Comparator.comparingLong((ExecutiveCard card) -> card.total().stakeholderMix().replies())
                    .reversed().thenComparing(byName);
            case "sentiment" -> Comparator.comparing((ExecutiveCard card) -> card.total().netSentiment().value(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
            case "alerts" -> Comparator.comparingLong(ExecutiveCard::openAlerts).reversed().thenComparing(byName);
            case "silence" -> Comparator.comparing(ExecutiveCard::daysSinceLastPost,
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byName);
            default -> byName;
        };
    }

    static final List<String> SORTS = List.of("name", "reputation", "replies", "sentiment", "alerts", "silence");
}
