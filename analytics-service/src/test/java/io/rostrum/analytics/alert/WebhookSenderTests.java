package io.rostrum.analytics.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rostrum.events.AlertRaised;
import io.rostrum.events.AlertType;
import io.rostrum.events.Events;
import io.rostrum.support.outbound.OutboundPolicy;
import io.rostrum.support.outbound.OutboundSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Webhook deliveries against a local HTTP receiver: signature, body, retries and their bounds. */
class WebhookSenderTests {

    private static final String SECRET = "test-only-shared-secret";
    private static final AlertRaised ALERT = new AlertRaised(Events.SCHEMA_VERSION, "alert-1",
            Instant.parse("2026-07-01T08:00:00Z"), "ceo-ava", AlertType.APPROACH_SHIFT,
            "Ava moved from informing to <!channel> obfuscating & framing",
            Map.of("statistic", 12.3456, "threshold", 8.0), List.of("mastodon:1", "mastodon:2"));

    private final JsonMapper json = JsonMapper.builder().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MockWebServer receiver = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        receiver.start();
    }

    @AfterEach
    void stop() throws IOException {
        receiver.shutdown();
    }

    @Test
    void retriesUnavailableReceiverAndDeliversAVerifiableSignedSlackMessage() throws Exception {
        receiver.enqueue(new MockResponse().setResponseCode(503));
        receiver.enqueue(new MockResponse().setResponseCode(503));
        receiver.enqueue(new MockResponse().setResponseCode(200));

        WebhookSender.Outcome outcome = sender(5, Duration.ofSeconds(2)).send(webhook(receiver.url("/hook").uri()),
                ALERT).block();

        assertThat(outcome).isEqualTo(WebhookSender.Outcome.DELIVERED);
        assertThat(receiver.getRequestCount()).isEqualTo(3);
        receiver.takeRequest();
        receiver.takeRequest();
        RecordedRequest last = receiver.takeRequest();
        byte[] body = last.getBody().readByteArray();
        String timestamp = last.getHeader("X-Rostrum-Timestamp");
        assertThat(Long.parseLong(timestamp)).isCloseTo(Instant.now().getEpochSecond(), Offset.offset(60L));
        assertThat(last.getHeader("X-Rostrum-Signature")).isEqualTo("sha256=" + hmac(SECRET, timestamp + ".", body));
        assertThat(last.getHeader("X-Rostrum-Signature")).as("a different secret does not verify")
                .isNotEqualTo("sha256=" + hmac("another-secret", timestamp + ".", body));

        JsonNode message = json.readTree(body);
        assertThat(message.get("text").asString())
                .isEqualTo("Approach shift for ceo-ava: Ava moved from informing to &lt;!channel&gt; obfuscating "
                        + "&amp; framing");
        assertThat(message.get("blocks").get(1).get("fields").get(0).get("text").asString())
                .isEqualTo("*statistic*\n12.35");
        assertThat(message.get("alert").get("alertId").asString()).isEqualTo("alert-1");
        assertThat(message.get("alert").get("type").asString()).isEqualTo("approach-shift");
        assertThat(message.get("alert").get("evidencePostKeys")).hasSize(2);
        assertThat(count("delivered")).isEqualTo(1);
        assertThat(count("retried")).isEqualTo(2);
        assertThat(count("failed")).isZero();
    }

    @Test
    void doesNotRetryAReceiverThatRefusesTheRequest() {
        receiver.enqueue(new MockResponse().setResponseCode(400));
        receiver.enqueue(new MockResponse().setResponseCode(200));

        WebhookSender.Outcome outcome = sender(5, Duration.ofSeconds(2)).send(webhook(receiver.url("/hook").uri()),
                ALERT).block();

        assertThat(outcome).isEqualTo(WebhookSender.Outcome.FAILED);
        assertThat(receiver.getRequestCount()).isEqualTo(1);
        assertThat(count("failed")).isEqualTo(1);
        assertThat(count("retried")).isZero();
    }

    @Test
    void retriesTooManyRequestsAndAnAnswerThatTakesTooLong() {
        receiver.enqueue(new MockResponse().setResponseCode(429));
        receiver.enqueue(new MockResponse().setResponseCode(200).setHeadersDelay(6, TimeUnit.SECONDS));
        receiver.enqueue(new MockResponse().setResponseCode(200));

        WebhookSender.Outcome outcome = sender(5, Duration.ofSeconds(2)).send(webhook(receiver.url("/hook").uri()),
                ALERT).block();

        assertThat(outcome).isEqualTo(WebhookSender.Outcome.DELIVERED);
        assertThat(receiver.getRequestCount()).isEqualTo(3);
        assertThat(count("retried")).isEqualTo(2);
    }

    @Test
    void givesUpOnADeadReceiverAfterTheBoundedAttempts() throws IOException {
        URI dead = receiver.url("/hook").uri();
        receiver.shutdown();
        long started = System.nanoTime();

        WebhookSender.Outcome outcome = sender(3, Duration.ofSeconds(2)).send(webhook(dead), ALERT).block();

        assertThat(outcome).isEqualTo(WebhookSender.Outcome.FAILED);
        assertThat(count("retried")).isEqualTo(2);
        assertThat(count("failed")).isEqualTo(1);
        assertThat(count("delivered")).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void refusesAReceiverOnThisMachineWithoutRetryingUnlessAllowed() {
        OutboundPolicy publicOnly = new OutboundPolicy(new OutboundSettings(true, false, List.of()),
                "rostrum.analytics.outbound");

        WebhookSender.Outcome outcome = sender(3, Duration.ofSeconds(2), publicOnly)
                .send(webhook(receiver.url("/hook").uri()), ALERT).block();

        assertThat(outcome).isEqualTo(WebhookSender.Outcome.FAILED);
        assertThat(receiver.getRequestCount()).isZero();
        assertThat(count("retried")).as("a refusal would only be refused again").isZero();
        assertThat(count("failed")).isEqualTo(1);
    }

    private WebhookSender sender(int attempts, Duration timeout) {
        // the receiver is plain http on this machine: allowed explicitly
        return sender(attempts, timeout, new OutboundPolicy(OutboundSettings.localStandIns(),
                "rostrum.analytics.outbound"));
    }

    private WebhookSender sender(int attempts, Duration timeout, OutboundPolicy outbound) {
        AlertProperties properties = new AlertProperties(List.of(),
                new AlertProperties.Delivery(attempts, Duration.ofMillis(20), Duration.ofMillis(100), timeout),
                Duration.ofSeconds(15), 256);
        return new WebhookSender(WebClient.builder(), json, properties, meters, outbound);
    }

    private static AlertProperties.Webhook webhook(URI url) {
        return new AlertProperties.Webhook(url, SECRET, Set.of());
    }

    private double count(String outcome) {
        return meters.counter("rostrum.analytics.webhook.deliveries", "outcome", outcome).count();
    }

    /** What a receiver computes to verify a delivery, written out independently of the code under test. */
    private static String hmac(String secret, String signedPrefix, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(signedPrefix.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
