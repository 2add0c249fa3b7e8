package io.rostrum.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart drawn on the server as a table of SVG bars: categories down the side, one bar per series
 * in each row, lengths in percent of the largest value. It needs no script, prints as it shows, and a screen
 * reader reads it as the table it is.
 *
 * @param points the number of bars drawn, i.e. values above zero
 * @param unit   after each value: "" for counts, "%" for shares
 */
record BarChart(List<String> series, List<Row> rows, int points, String unit) {

    /** One category with a bar per series. */
    record Row(String label, List<Bar> bars) {
    }

    /** @param length percent of the chart's largest value */
    record Bar(int series, long value, double length) {
    }

    /** @param valuesByCategory each category's values, one per series, in series order */
    static BarChart of(List<String> series, Map<String, List<Long>> valuesByCategory, String unit) {
        long largest = valuesByCategory.values().stream().flatMap(List::stream).mapToLong(Long::longValue).max()
                .orElse(0);
        List<Row> rows = new ArrayList<>();
        int points = 0;
        for (Map.Entry<String, List<Long>> category : valuesByCategory.entrySet()) {
            List<Bar> bars = new ArrayList<>();
            for (int index = 0; index < category.getValue().size(); index++) {
                long value = category.getValue().get(index);
                bars.add(new Bar(index, value, largest == 0 ? 0 : 100.0 * value / largest));
                points += value > 0 ? 1 : 0;
            }
            rows.add(new Row(Formats.label(category.getKey()), bars));
        }
        return new BarChart(series, rows, points, unit);
    }

    /** One series: a count for each category. */
    static BarChart single(String series, Map<String, Long> counts) {
        Map<String, List<Long>> values = new LinkedHashMap<>();
        counts.forEach((category, count) -> values.put(category, List.of(count)));
        return of(List.of(series), values, "");
    }
}
