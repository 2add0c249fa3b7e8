package io.rostrum.analytics.query;

import static io.rostrum.analytics.query.MetricsAggregations.ANSWERED_REPLIES;
import static io.rostrum.analytics.query.MetricsAggregations.ANSWERS;
import static io.rostrum.analytics.query.MetricsAggregations.ANSWER_TIME;
import static io.rostrum.analytics.query.MetricsAggregations.BUCKETS;
import static io.rostrum.analytics.query.MetricsAggregations.DAYS;
import static io.rostrum.analytics.query.MetricsAggregations.ENGAGEMENT;
import static io.rostrum.analytics.query.MetricsAggregations.ENGAGEMENT_RATE;
import static io.rostrum.analytics.query.MetricsAggregations.GROUPS;
import static io.rostrum.analytics.query.MetricsAggregations.HOURS;
import static io.rostrum.analytics.query.MetricsAggregations.OWN;
import static io.rostrum.analytics.query.MetricsAggregations.PLATFORMS;
import static io.rostrum.analytics.query.MetricsAggregations.PLATFORM_REPUTATION;
import static io.rostrum.analytics.query.MetricsAggregations.POSTS;
import static io.rostrum.analytics.query.MetricsAggregations.RECIPROCAL;
import static io.rostrum.analytics.query.MetricsAggregations.REPLY_DAYS;
import static io.rostrum.analytics.query.MetricsAggregations.SENTIMENT;
import static io.rostrum.analytics.query.MetricsAggregations.STAKEHOLDER;
import static io.rostrum.analytics.query.MetricsAggregations.WEIGHTED_SUM;
import static io.rostrum.analytics.query.MetricsAggregations.WEIGHT_TOTAL;
import static io.rostrum.analytics.query.MetricsAggregations.WINDOW;
import static io.rostrum.analytics.query.MetricsAggregations.WITHIN_48H;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.ArrayPercentilesItem;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StatsAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import io.rostrum.events.Approach;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Reads the aggregations that {@link MetricsAggregations#report} asked for back into figures. */
final class MetricsResults {

    private final Map<String, Aggregate> window;
    private final Window span;
    private final Interval interval;
    private final List<PostingHour> postingHours;
    private final Map<String, Aggregate> report;
    private final ReplyDays replyDays;

    MetricsResults(Map<String, Aggregate> report, Window span, Interval interval) {
        this.report = report;
        this.window = report.get(WINDOW).filter().aggregations();
        this.span = span;
        this.interval = interval;
        this.postingHours = postingHours(window);
        Map<LocalDate, ReplySums> days = new HashMap<>();
        for (DateHistogramBucket day : report.get(REPLY_DAYS).filter().aggregations().get(DAYS).dateHistogram()
                .buckets().array()) {
            days.put(dateOf(day.key()), replySums(day.aggregations(), day.docCount()));
        }
        this.replyDays = new ReplyDays(days, span.zone());
    }

    Figures total() {
        return Figures.of(counts(window, postingHours), span.days(), replyDays.reputationEndingOn(span.to()));
    }

    /** The buckets in time order, each clipped to the window and with the reputation of its last day. */
    List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        for (DateHistogramBucket bucket : window.get(BUCKETS).dateHistogram().buckets().array()) {
            LocalDate start = dateOf(bucket.key());
            LocalDate end = switch (interval) {
                case DAY -> start;
                case WEEK -> start.plusWeeks(1).minusDays(1);
            };
            LocalDate from = start.isBefore(span.from()) ? span.from() : start;
            LocalDate to = end.isAfter(span.to()) ? span.to() : end;
            List<PostingHour> hours = postingHours.stream().filter(hour -> {
                LocalDate day = hour.start().atZone(span.zone()).toLocalDate();
                return !day.isBefore(from) && !day.isAfter(to);
            }).toList();
            buckets.add(new Bucket(from, to, Figures.of(counts(bucket.aggregations(), hours),
                    ChronoUnit.DAYS.between(from, to) + 1, replyDays.reputationEndingOn(to))));
        }
        return buckets;
    }

    /** The window's figures per platform, by platform id; none unless the report was asked to split them. */
    Map<String, Figures> platforms() {
        if (!window.containsKey(PLATFORMS)) {
            return Map.of();
        }
        Map<String, ReplySums> reputations = new HashMap<>();
        report.get(PLATFORM_REPUTATION).filter().aggregations().get(PLATFORMS).sterms().buckets().array()
                .forEach(platform -> reputations.put(platform.key().stringValue(),
                        replySums(platform.aggregations(), platform.docCount())));
        Window lastDays = Window.reputationEndingOn(span.to(), span.zone());
        Map<String, Figures> platforms = new TreeMap<>();
        for (StringTermsBucket platform : window.get(PLATFORMS).sterms().buckets().array()) {
            String id = platform.key().stringValue();
            platforms.put(id, Figures.of(counts(platform.aggregations(), postingHours(platform.aggregations())),
                    span.days(), Reputation.of(lastDays, reputations.getOrDefault(id, ReplySums.NONE))));
        }
        return platforms;
    }

    private static FigureCounts counts(Map<String, Aggregate> figures, List<PostingHour> hours) {
        FilterAggregate own = figures.get(OWN).filter();
        FilterAggregate posts = own.aggregations().get(POSTS).filter();
        Map<String, Double> means = new LinkedHashMap<>();
        for (Approach approach : Approach.values()) {
            Double mean = posts.aggregations().get(approach.id()).avg().value();
            if (mean != null && !mean.isNaN()) {
                means.put(approach.id(), mean);
            }
        }
        StatsAggregate rate = own.aggregations().get(ENGAGEMENT_RATE).stats();
        FilterAggregate answers = own.aggregations().get(ANSWERS).filter();
        long answeredWithin48h = answers.aggregations().get(WITHIN_48H).filter().aggregations()
                .get(ANSWERED_REPLIES).cardinality().value();
        FilterAggregate stakeholder = figures.get(STAKEHOLDER).filter();
        Map<String, Long> groups = new TreeMap<>();
        stakeholder.aggregations().get(GROUPS).sterms().buckets().array()
                .forEach(group -> groups.put(group.key().stringValue(), group.docCount()));
        return new FigureCounts(posts.docCount(), means, own.docCount(),
                own.aggregations().get(RECIPROCAL).filter().docCount(),
                Math.round(own.aggregations().get(ENGAGEMENT).sum().value()), rate.count(), finite(rate.avg()),
                stakeholder.docCount(), answeredWithin48h, answers.docCount(), median(answers.aggregations()
                .get(ANSWER_TIME)), hours, SentimentCounts.ofClasses(stakeholder.aggregations().get(SENTIMENT)),
                groups);
    }

    /** The hours the executive posted in; none when the report left them out (a cohort has no gaps to speak of). */
    private static List<PostingHour> postingHours(Map<String, Aggregate> figures) {
        Aggregate hours = figures.get(OWN).filter().aggregations().get(HOURS);
        if (hours == null) {
            return List.of();
        }
        return hours.dateHistogram().buckets().array().stream()
                .map(hour -> new PostingHour(Instant.ofEpochMilli(hour.key()), hour.docCount())).toList();
    }

    private static ReplySums replySums(Map<String, Aggregate> sums, long replies) {
        return new ReplySums(sums.get(WEIGHTED_SUM).sum().value(), sums.get(WEIGHT_TOTAL).sum().value(), replies,
                SentimentCounts.ofClasses(sums.get(SENTIMENT)));
    }

    private static @Nullable Double median(Aggregate percentiles) {
        List<ArrayPercentilesItem> items = percentiles.tdigestPercentiles().values().array();
        return items.isEmpty() ? null : finite(items.get(0).value());
    }

    private static @Nullable Double finite(@Nullable Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    private LocalDate dateOf(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(span.zone()).toLocalDate();
    }
}
