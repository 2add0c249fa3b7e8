package io.rostrum.analytics.alert;

import io.rostrum.events.AlertType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.analytics.alerts}.
 *
 * @param webhooks   where every alert is posted; none by default
 * @param delivery   how hard a webhook delivery tries
 * @param heartbeat  how often the live stream sends a comment, so proxies and clients keep an idle stream open
 * @param liveBuffer alerts held per live-stream client that reads slowly; beyond it the oldest are dropped
 */
@ConfigurationProperties("rostrum.analytics.alerts")
public record AlertProperties(@DefaultValue List<Webhook> webhooks, @DefaultValue Delivery delivery,
                             @DefaultValue("15s") Duration heartbeat, @DefaultValue("256") int liveBuffer) {

    public AlertProperties {
        webhooks = List.copyOf(webhooks);
        if (liveBuffer < 1) {
            throw new IllegalArgumentException("rostrum.analytics.alerts.live-buffer must be at least 1");
        }
    }

    /**
     * One receiver of alerts.
     *
     * @param secret the HMAC key the receiver shares; from the environment or a secret store, never the repository
     * @param types  the alert types it wants; empty for all
     */
    public record Webhook(URI url, String secret, @DefaultValue Set<AlertType> types) {

        public Webhook {
            if (url == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
                throw new IllegalArgumentException("a webhook url must be an http or https URL");
            }
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("webhook " + where(url) + " needs a secret");
            }
            types = Set.copyOf(types);
        }

        boolean wants(AlertType type) {
            return types.isEmpty() || types.contains(type);
        }

        /** Scheme, host and port only: webhook paths often carry a token (Slack's do), which must not be logged. */
        String where() {
            return where(url);
        }

        private static String where(URI url) {
            return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        }
    }

    /**
     * @param attempts     tries per alert and webhook, the first included
     * @param firstBackoff wait before the second try; doubled for each next one, with jitter
     * @param maxBackoff   the longest wait between two tries
     * @param timeout      how long one try may take, connecting included
     */
    public record Delivery(@DefaultValue("5") int attempts, @DefaultValue("500ms") Duration firstBackoff,
                           @DefaultValue("8s") Duration maxBackoff, @DefaultValue("5s") Duration timeout) {

        public Delivery {
            if (attempts < 1) {
                throw new IllegalArgumentException("rostrum.analytics.alerts.delivery.attempts must be at least 1");
            }
        }
    }
}
