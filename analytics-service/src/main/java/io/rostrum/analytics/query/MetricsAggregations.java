package io.rostrum.analytics.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.rostrum.events.Approach;
import io.rostrum.events.PostKind;
import io.rostrum.events.Reciprocity;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The shape of the metrics search: one request whose aggregations hold every figure of a report, so the
 * documents never leave Elasticsearch. {@link MetricsResults} reads the same names back.
 *
 * <p>Per report: {@code window} (the figures of the whole window, with {@code buckets} in time and optionally
 * {@code platforms}), {@code replyDays} (stakeholder-reply sums per day, starting six days before the window so
 * that every bucket's trailing reputation window is covered) and, with platforms, {@code platformReputation} (the
 * same sums per platform over the last seven days).
 */
final class MetricsAggregations {

    static final String WINDOW = "window";
    static final String BUCKETS = "buckets";
    static final String PLATFORMS = "platforms";
    static final String REPLY_DAYS = "replyDays";
    static final String PLATFORM_REPUTATION = "platformReputation";
    static final String DAYS = "days";
    static final String OWN = "own";
    static final String RECIPROCAL = "reciprocal";
    static final String ENGAGEMENT = "engagement";
    static final String ENGAGEMENT_RATE = "engagementRate";
    static final String HOURS = "hours";
    static final String POSTS = "posts";
    static final String ANSWERS = "answers";
    static final String WITHIN_48H = "within48h";
    static final String ANSWERED_REPLIES = "answeredReplies";
    static final String ANSWER_TIME = "answerTime";
    static final String STAKEHOLDER = "stakeholder";
    static final String SENTIMENT = "sentiment";
    static final String GROUPS = "groups";
    static final String WEIGHTED_SUM = "weightedSum";
    static final String WEIGHT_TOTAL = "weightTotal";
    static final double MEDIAN = 50.0;

    private static final long ANSWER_DEADLINE_SECONDS = 48 * 3600;
    /** Counts below this are exact; an executive answers far fewer distinct replies in two years. */
    private static final int EXACT_CARDINALITY_UP_TO = 10_000;
    private static final int MAX_PLATFORMS = 20;
    private static final int MAX_GROUPS = 20;
    private static final int SENTIMENT_CLASSES = 3;

    private MetricsAggregations() {
    }

    /**
     * The documents a report reads: the executives' (all when {@code executiveIds} is empty), on one platform or
     * all, from the reputation lead-in to the end of the window.
     */
    static Query scope(List<String> executiveIds, @Nullable String platform, Window window) {
        Window covered = window.withReputationLeadIn();
        return Query.of(query -> query.bool(bool -> {
            bool.filter(createdWithin(covered));
            if (!executiveIds.isEmpty()) {
                bool.filter(filter -> filter.terms(terms -> terms.field("executiveId").terms(values -> values
                        .value(executiveIds.stream().map(FieldValue::of).toList()))));
            }
            if (platform != null) {
                bool.filter(term("platform", platform));
            }
            return bool;
        }));
    }

    /**
     * The aggregations of one report, to run at the top level or inside a per-executive bucket.
     *
     * @param splitByPlatform add the window's figures per platform
     * @param postingHours    add the hourly histograms that gaps between posts are measured on; they only mean
     *                        something for one person, and over a whole cohort they would pass Elasticsearch's
     *                        bucket limit (two years are 17,520 hours, once per platform again)
     */
    static Map<String, Aggregation> report(Window window, Interval interval, boolean splitByPlatform,
                                           boolean postingHours) {
        Map<String, Aggregation> inWindow = figures(window, postingHours);
        inWindow.put(BUCKETS, Aggregation.of(aggregation -> aggregation
                .dateHistogram(histogram -> histogram.field("createdAt").calendarInterval(calendarInterval(interval))
                        .timeZone(window.zone().getId()).minDocCount(0)
                        .extendedBounds(bounds -> bounds.min(epochMillis(window.start()))
                                .max(epochMillis(window.end().minusMillis(1)))))
                .aggregations(figures(window, false))));
        if (splitByPlatform) {
            inWindow.put(PLATFORMS, Aggregation.of(aggregation -> aggregation
                    .terms(terms -> terms.field("platform").size(MAX_PLATFORMS))
                    .aggregations(figures(window, postingHours))));
        }
        Map<String, Aggregation> report = new HashMap<>();
        report.put(WINDOW, Aggregation.of(aggregation -> aggregation.filter(createdWithin(window))
                .aggregations(inWindow)));
        report.put(REPLY_DAYS, Aggregation.of(aggregation -> aggregation.filter(kind(PostKind.STAKEHOLDER_REPLY))
                .aggregations(DAYS, days -> days
                        .dateHistogram(histogram -> histogram.field("createdAt").calendarInterval(CalendarInterval.Day)
                                .timeZone(window.zone().getId()).minDocCount(1))
                        .aggregations(replySums()))));
        if (splitByPlatform) {
            Window lastDays = Window.reputationEndingOn(window.to(), window.zone());
            report.put(PLATFORM_REPUTATION, Aggregation.of(aggregation -> aggregation
                    .filter(filter -> filter.bool(bool -> bool.filter(kind(PostKind.STAKEHOLDER_REPLY))
                            .filter(createdWithin(lastDays))))
                    .aggregations(PLATFORMS, platforms -> platforms
                            .terms(terms -> terms.field("platform").size(MAX_PLATFORMS))
                            .aggregations(replySums()))));
        }
        return report;
    }

    /**
     * The figures of one span. Buckets always leave out the posting hours: they take theirs from the window's,
     * which keeps the hourly histogram from being repeated per bucket.
     */
    private static Map<String, Aggregation> figures(Window window, boolean withPostingHours) {
        Map<String, Aggregation> own = new HashMap<>();
        own.put(RECIPROCAL, Aggregation.of(aggregation -> aggregation
                .filter(term("reciprocity", Reciprocity.RECIPROCAL.id()))));
        own.put(ENGAGEMENT, Aggregation.of(aggregation -> aggregation.sum(sum -> sum.field("engagement"))));
        own.put(ENGAGEMENT_RATE, Aggregation.of(aggregation -> aggregation.stats(stats -> stats
                .field("engagementRate"))));
        if (withPostingHours) {
            own.put(HOURS, Aggregation.of(aggregation -> aggregation.dateHistogram(histogram -> histogram
                    .field("createdAt").calendarInterval(CalendarInterval.Hour).timeZone(window.zone().getId())
                    .minDocCount(1))));
        }
        own.put(POSTS, Aggregation.of(aggregation -> aggregation.filter(kind(PostKind.EXECUTIVE_POST))
                .aggregations(approachMeans())));
        own.put(ANSWERS, Aggregation.of(aggregation -> aggregation
                .filter(filter -> filter.bool(bool -> bool.filter(kind(PostKind.EXECUTIVE_REPLY))
                        .filter(exists -> exists.exists(field -> field.field("answerSeconds")))))
                .aggregations(WITHIN_48H, within -> within
                        .filter(filter -> filter.range(range -> range.number(number -> number.field("answerSeconds")
                                .lte((double) ANSWER_DEADLINE_SECONDS))))
                        .aggregations(ANSWERED_REPLIES, replies -> replies.cardinality(cardinality -> cardinality
                                .field("answersKey").precisionThreshold(EXACT_CARDINALITY_UP_TO))))
                .aggregations(ANSWER_TIME, time -> time.percentiles(percentiles -> percentiles
                        .field("answerSeconds").percents(MEDIAN).keyed(false)))));

        Map<String, Aggregation> figures = new HashMap<>();
        figures.put(OWN, Aggregation.of(aggregation -> aggregation
                .filter(term("byExecutive", true)).aggregations(own)));
        figures.put(STAKEHOLDER, Aggregation.of(aggregation -> aggregation.filter(kind(PostKind.STAKEHOLDER_REPLY))
                .aggregations(SENTIMENT, sentiment -> sentiment.terms(terms -> terms.field("sentimentClass")
                        .size(SENTIMENT_CLASSES)))
                .aggregations(GROUPS, groups -> groups.terms(terms -> terms.field("stakeholderGroup")
                        .size(MAX_GROUPS)))));
        return figures;
    }

    private static Map<String, Aggregation> approachMeans() {
        Map<String, Aggregation> means = new LinkedHashMap<>();
        for (Approach approach : Approach.values()) {
            means.put(approach.id(), Aggregation.of(aggregation -> aggregation.avg(avg -> avg
                    .field("probabilities." + approach.id()))));
        }
        return means;
    }

    private static Map<String, Aggregation> replySums() {
        return Map.of(
                WEIGHTED_SUM, Aggregation.of(aggregation -> aggregation.sum(sum -> sum.field("weightedSentiment"))),
                WEIGHT_TOTAL, Aggregation.of(aggregation -> aggregation.sum(sum -> sum.field("replyWeight"))),
                SENTIMENT, Aggregation.of(aggregation -> aggregation.terms(terms -> terms.field("sentimentClass")
                        .size(SENTIMENT_CLASSES))));
    }

    private static CalendarInterval calendarInterval(Interval interval) {
        return switch (interval) {
            case DAY -> CalendarInterval.Day;
            case WEEK -> CalendarInterval.Week;
        };
    }

    private static FieldDateMath epochMillis(Instant instant) {
        return FieldDateMath.of(math -> math.value((double) instant.toEpochMilli()));
    }

    private static Query createdWithin(Window window) {
        return Query.of(query -> query.range(range -> range.date(date -> date.field("createdAt")
                .gte(window.start().toString()).lt(window.end().toString()))));
    }

    private static Query kind(PostKind kind) {
        return term("kind", kind.id());
    }

    private static Query term(String field, String value) {
        return Query.of(query -> query.term(term -> term.field(field).value(value)));
    }

    private static Query term(String field, boolean value) {
        return Query.of(query -> query.term(term -> term.field(field).value(value)));
    }
}
