package io.rostrum.analytics.alert;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rostrum.support.outbound.OutboundPolicy;
import io.rostrum.support.outbound.OutboundSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

class WebhookNotifierTests {

    private final OutboundPolicy strict =
            new OutboundPolicy(OutboundSettings.publicHttpsOnly(), "rostrum.analytics.outbound");

    @Test
    void refusesToStartWithAWebhookThePolicyRefusesNamingItWithoutItsToken() {
        AlertProperties properties = properties(URI.create("https://1.1.1.1/services/T1/B1/ok"),
                URI.create("https://169.254.169.254/services/T0/B0/secret-token"));

        assertThatThrownBy(() -> new WebhookNotifier(sender(properties), properties, strict))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rostrum.analytics.alerts.webhooks[1].url (https://169.254.169.254) is refused:"
                        + " 169.254.169.254 is a link-local address")
                .hasMessageNotContaining("secret-token");
    }

    @Test
    void refusesAPlainHttpWebhookUnlessAllowed() {
        AlertProperties properties = properties(URI.create("http://1.1.1.1/hook"));

        assertThatThrownBy(() -> new WebhookNotifier(sender(properties), properties, strict))
                .hasMessageStartingWith("rostrum.analytics.alerts.webhooks[0].url (http://1.1.1.1) is refused: plain"
                        + " http is not allowed");
    }

    private static AlertProperties properties(URI... urls) {
        return new AlertProperties(Arrays.stream(urls)
                .map(url -> new AlertProperties.Webhook(url, "test-only-secret", Set.of())).toList(),
                new AlertProperties.Delivery(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1)),
                Duration.ofSeconds(15), 16);
    }

    private WebhookSender sender(AlertProperties properties) {
        return new WebhookSender(WebClient.builder(), JsonMapper.builder().build(), properties,
                new SimpleMeterRegistry(), strict);
    }
}
