package io.rostrum.analytics.alert;

import io.rostrum.events.Topics;

/**
 * The alerts topic and the two consumer groups that read it, for listener annotations
 * ({@code #{@alertTopics.alerts}}). Webhooks have a group of their own so that a slow or dead receiver holds
 * back only webhook deliveries, never the index or the live stream.
 */
public record AlertTopics(String alerts, String indexingGroup, String webhookGroup) {

    static AlertTopics of(String prefix) {
        return new AlertTopics(Topics.ALERTS.name(prefix), prefix + "analytics-alerts",
                prefix + "analytics-alert-webhooks");
    }
}
