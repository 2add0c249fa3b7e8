package io.rostrum.analytics.config;

import io.rostrum.events.Topics;

/** The resolved names this service reads, for listener annotations ({@code #{@analyticsTopics.classified}}). */
public record AnalyticsTopics(String classified, String executives, String group) {

    static AnalyticsTopics of(String prefix) {
        return new AnalyticsTopics(Topics.POSTS_CLASSIFIED.name(prefix), Topics.EXECUTIVES.name(prefix),
                prefix + "analytics-service");
    }
}
