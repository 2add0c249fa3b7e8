package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AlertView;
import io.rostrum.dashboard.analytics.Figures;
import io.rostrum.dashboard.analytics.MetricsReport;
import io.rostrum.events.Approach;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The executive page's charts over time, in the small descriptions {@code dashboard.js} draws with uPlot: each a
 * {@code kind}, the buckets' first days and the series. Numbers only; no text from a platform goes into a chart.
 * The calendar and the bar charts are drawn on the server ({@link CalendarHeatmap}, {@link BarChart}).
 */
final class ExecutiveCharts {

    private ExecutiveCharts() {
    }

    /** Chart name (the container's {@code data-chart}) to its description, in page order. */
    static Map<String, Map<String, Object>> of(MetricsReport report, List<AlertView> alerts, ViewRange range) {
        List<MetricsReport.Bucket> buckets = report.buckets();
        List<String> categories = buckets.stream().map(bucket -> bucket.from().toString()).toList();
        List<Map<String, Object>> markers = markers(buckets, alerts, range);
        Map<String, Map<String, Object>> charts = new LinkedHashMap<>();
        charts.put("approach-mix", Map.of("kind", "stacked", "categories", categories,
                "series", approachSeries(buckets), "markers", markers));
        charts.put("response", Map.of("kind", "response", "categories", categories, "markers", markers,
                "series", List.of(
                        series("Stakeholder replies", "bar", buckets,
                                figures -> (double) figures.stakeholderMix().replies()),
                        series("Net sentiment (points)", "line", buckets,
                                figures -> ExecutiveCard.percentPoints(figures.netSentiment().value())),
                        series("Engagement per 100 followers", "line", buckets,
                                figures -> figures.engagement().averageRate()))));
        charts.put("reputation", Map.of("kind", "line", "categories", categories, "markers", markers,
                "min", -100, "max", 100, "series", List.of(series("Reputation score", "line", buckets,
                        figures -> figures.reputation().score()))));
        return charts;
    }

    /** Stakeholder replies by group, largest first. */
    static BarChart stakeholders(MetricsReport report) {
        Map<String, Long> groups = new LinkedHashMap<>();
        report.total().stakeholderMix().byGroup().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(group -> groups.put(group.getKey(), group.getValue()));
        return BarChart.single("Replies", groups);
    }

    /** Own posts and stakeholder replies on each platform. */
    static BarChart platforms(MetricsReport report) {
        Map<String, List<Long>> values = new LinkedHashMap<>();
        report.platforms().forEach((platform, figures) -> values.put(platform,
                List.of(figures.cadence().ownPosts(), figures.stakeholderMix().replies())));
        return BarChart.of(List.of("Own posts", "Stakeholder replies"), values, "");
    }
    private static List<Map<String, Object>> approachSeries(List<MetricsReport.Bucket> buckets) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (Approach approach : Approach.values()) {
            series.add(Map.of("id", approach.id(), "name", approach.id(), "type", "area",
                    "values", values(buckets, figures -> figures.approachMix().posts() == 0 ? null
                            : figures.approachMix().share(approach.id()) * 100)));
        }
        return series;
    }

    private static Map<String, Object> series(String name, String type, List<MetricsReport.Bucket> buckets,
                                              Function<Figures, @Nullable Double> figure) {
        return Map.of("name", name, "type", type, "values", values(buckets, figure));
    }

    /** Absent values stay null, so a chart shows a gap rather than a zero that never happened. */
    private static List<@Nullable Double> values(List<MetricsReport.Bucket> buckets,
                                                 Function<Figures, @Nullable Double> figure) {
        List<@Nullable Double> values = new ArrayList<>();
        buckets.forEach(bucket -> values.add(figure.apply(bucket.figures())));
        return values;
    }

    /** One marker per bucket that had alerts, on the bucket their raising day falls in, naming each type once. */
    private static List<Map<String, Object>> markers(List<MetricsReport.Bucket> buckets, List<AlertView> alerts,
                                                     ViewRange range) {
        Map<Integer, Set<String>> byBucket = new TreeMap<>();
        for (AlertView alert : alerts) {
            LocalDate day = alert.raisedAt().atZone(range.zone()).toLocalDate();
            for (int index = 0; index < buckets.size(); index++) {
                MetricsReport.Bucket bucket = buckets.get(index);
                if (!day.isBefore(bucket.from()) && !day.isAfter(bucket.to())) {
                    byBucket.computeIfAbsent(index, any -> new LinkedHashSet<>())
                            .add(Formats.label(alert.type().id()));
                }
            }
        }
        List<Map<String, Object>> markers = new ArrayList<>();
        byBucket.forEach((index, types) -> markers.add(Map.of("index", index, "label", String.join(", ", types))));
        return markers;
    }
}
