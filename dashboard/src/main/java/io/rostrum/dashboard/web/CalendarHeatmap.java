package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.MetricsReport;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Posts per day as a calendar: a column per week (Monday on top), a cell per day, shaded by how many posts the
 * executive made. Days without a post are tinted on purpose, so a silence reads as a band of colour, not as
 * empty space. Drawn on the server as SVG; each cell carries its date and count as a tooltip.
 *
 * @param weeks  columns, for the SVG's width
 * @param points days drawn
 */
record CalendarHeatmap(List<Day> days, List<Month> months, int weeks, int points) {

    static final int CELL = 14;

    /** @param level 0 for no posts, then 1 to 3 by thirds of the busiest day */
    record Day(LocalDate date, long posts, int level, int x, int y) {

        public String title() {
            return date + ": " + posts + (posts == 1 ? " post" : " posts");
        }
    }

    record Month(String name, int x) {
    }

    static CalendarHeatmap of(MetricsReport daily) {
        List<MetricsReport.Bucket> buckets = daily.buckets();
        if (buckets.isEmpty()) {
            return new CalendarHeatmap(List.of(), List.of(), 0, 0);
        }
        LocalDate firstMonday = buckets.get(0).from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long busiest = buckets.stream().mapToLong(day -> day.figures().cadence().ownPosts()).max().orElse(0);
        List<Day> days = new ArrayList<>();
        List<Month> months = new ArrayList<>();
        int weeks = 0;
        for (MetricsReport.Bucket bucket : buckets) {
            LocalDate date = bucket.from();
            int week = (int) ChronoUnit.WEEKS.between(firstMonday, date);
            long posts = bucket.figures().cadence().ownPosts();
            int weekday = date.getDayOfWeek().getValue() - 1;
            days.add(new Day(date, posts, level(posts, busiest), week * CELL, weekday * CELL));
            boolean roomForLabel = date.lengthOfMonth() - date.getDayOfMonth() >= 7;
            if (date.getDayOfMonth() == 1 || days.size() == 1 && roomForLabel) {
                months.add(new Month(date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), week * CELL));
            }
            weeks = week + 1;
        }
        return new CalendarHeatmap(days, months, weeks, days.size());
    }

    private static int level(long posts, long busiest) {
        if (posts == 0) {
            return 0;
        }
        return (int) Math.min(3, 1 + (3 * (posts - 1)) / Math.max(1, busiest));
    }

    public int width() {
        return weeks * CELL;
    }
}
