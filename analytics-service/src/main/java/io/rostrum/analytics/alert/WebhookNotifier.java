package io.rostrum.analytics.alert;

import io.rostrum.events.AlertRaised;
import io.rostrum.support.outbound.OutboundPolicy;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Sends every alert to every webhook that wants its type, in a consumer group of its own: offsets are committed
 * once each delivery of the poll has ended (delivered, or failed after its bounded retries), so a restart resends
 * what was in flight (at least once; receivers deduplicate by alert id). Deliveries run concurrently, so a dead
 * receiver costs one delivery's worth of retries per poll, not one per alert. Polls are kept small so that
 * worst case stays well inside the consumer's poll interval. The group starts at the end of the topic the first
 * time, and keeps consuming while no webhook is configured, so adding a webhook never replays old alerts to it.
 * A webhook the outbound policy refuses stops the service at start-up, naming it.
 */
@Component
class WebhookNotifier {

    private static final int CONCURRENT_DELIVERIES = 32;

    private final WebhookSender sender;
    private final List<AlertProperties.Webhook> webhooks;

    WebhookNotifier(WebhookSender sender, AlertProperties properties, OutboundPolicy outbound) {
        this.sender = sender;
        this.webhooks = properties.webhooks();
        for (int i = 0; i < webhooks.size(); i++) {
            AlertProperties.Webhook webhook = webhooks.get(i);
            String setting = "rostrum.analytics.alerts.webhooks[" + i + "].url";
            outbound.refusal(webhook.url()).ifPresent(refusal -> {
                throw new IllegalArgumentException(setting + " (" + webhook.where() + ") is refused: " + refusal);
            });
        }
    }

    @KafkaListener(id = "alert-webhooks", topics = "#{@alertTopics.alerts}", groupId = "#{@alertTopics.webhookGroup}",
            properties = {"max.poll.records=" + CONCURRENT_DELIVERIES, "auto.offset.reset=latest"})
    void onAlerts(List<ConsumerRecord<String, AlertRaised>> records) {
        Flux.fromIterable(records)
                .mapNotNull(ConsumerRecord::value) // unreadable: the indexing listener dead-letters it
                .flatMap(alert -> Flux.fromIterable(webhooks).filter(webhook -> webhook.wants(alert.type()))
                        .map(webhook -> new Delivery(webhook, alert)))
                .flatMap(delivery -> sender.send(delivery.webhook(), delivery.alert()), CONCURRENT_DELIVERIES)
                .blockLast();
    }

    private record Delivery(AlertProperties.Webhook webhook, AlertRaised alert) {
    }
}
