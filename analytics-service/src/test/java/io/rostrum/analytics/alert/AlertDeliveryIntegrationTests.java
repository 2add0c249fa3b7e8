package io.rostrum.analytics.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.analytics.AnalyticsTestStack;
import io.rostrum.events.AlertRaised;
import io.rostrum.events.AlertType;
import io.rostrum.events.Events;
import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Alert delivery end to end on a real broker and a real Elasticsearch node: from the alerts topic into the index,
 * onto the live stream and to a signed webhook, then acknowledged through the API.
 */
@ExtendWith(LocalStackExtension.class)
// closed after the class, while the stack is still up: its consumers and streams stop cleanly
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AlertDeliveryIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("alerts-it") + ".";
    private static final String SECRET = "test-only-webhook-secret";
    private static final int PARTITIONS = 3;
    private static final MockWebServer RECEIVER = new MockWebServer();

    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    private WebTestClient web;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        AnalyticsTestStack.register(registry, PREFIX, PARTITIONS);
        registry.add("rostrum.analytics.alerts.heartbeat", () -> "1s");
        registry.add("rostrum.analytics.alerts.webhooks[0].url", () -> RECEIVER.url("/hooks/rostrum").toString());
        registry.add("rostrum.analytics.alerts.webhooks[0].secret", () -> SECRET);
        registry.add("rostrum.analytics.alerts.webhooks[0].types", () -> "approach-shift");
        // the receiver is plain http on this machine: allowed explicitly
        registry.add("rostrum.analytics.outbound.allow-http", () -> "true");
        registry.add("rostrum.analytics.outbound.allow-private-addresses", () -> "true");
    }

    @AfterAll
    static void stopReceiver() throws IOException {
        RECEIVER.shutdown();
    }

    @Test
    void deliversARaisedAlertToTheIndexTheLiveStreamAndTheWebhookAndKeepsTheFirstAcknowledgement()
            throws Exception {
        RECEIVER.enqueue(new MockResponse().setResponseCode(200));
        ContainerTestUtils.waitForAssignment(listeners.getListenerContainer("alert-webhooks"), PARTITIONS);
        Flux<ServerSentEvent<String>> stream = as("ana").mutate().responseTimeout(Duration.ofSeconds(90)).build()
                .get().uri("/api/alerts/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { })
                .getResponseBody();
        AlertRaised shift = alert("shift-1", "ceo-ava", AlertType.APPROACH_SHIFT, "2026-07-01T08:00:00Z");

        send("ceo-ava", json.writeValueAsBytes(shift));

        ServerSentEvent<String> live = stream.filter(event -> "alert".equals(event.event()))
                .blockFirst(Duration.ofSeconds(60));
        assertThat(live).isNotNull();
        assertThat(live.id()).isEqualTo("shift-1");
        assertThat(json.readTree(live.data()).get("executiveId").asString()).isEqualTo("ceo-ava");

        RecordedRequest delivery = RECEIVER.takeRequest(60, TimeUnit.SECONDS);
        assertThat(delivery).as("the webhook was called").isNotNull();
        byte[] body = delivery.getBody().readByteArray();
        assertThat(delivery.getHeader("X-Rostrum-Signature"))
                .isEqualTo("sha256=" + hmac(delivery.getHeader("X-Rostrum-Timestamp") + ".", body));
        assertThat(json.readTree(body).get("alert").get("alertId").asString()).isEqualTo("shift-1");

        await().atMost(Duration.ofSeconds(30)).until(() -> list("/api/alerts?executiveId=ceo-ava").size() == 1);
        JsonNode first = acknowledge("shift-1", "ana", "carla@example.org");
        JsonNode second = acknowledge("shift-1", "ben", null);
        assertThat(first.get("acknowledgedBy").asString()).as("the person the caller acts for")
                .isEqualTo("carla@example.org");
        assertThat(Instant.parse(first.get("acknowledgedAt").asString())).isCloseTo(Instant.now(),
                within(1, ChronoUnit.MINUTES));
        assertThat(second.get("acknowledgedBy").asString()).as("the first acknowledgement stands")
                .isEqualTo("carla@example.org");
        assertThat(second.get("acknowledgedAt")).isEqualTo(first.get("acknowledgedAt"));
        assertThat(list("/api/alerts?acknowledged=false&executiveId=ceo-ava")).isEmpty();
        assertThat(list("/api/alerts?acknowledged=true&type=approach-shift").get(0).get("acknowledgedBy").asString())
                .isEqualTo("carla@example.org");
    }

    @Test
    void indexesARedeliveredAlertOnceKeepsItsAcknowledgementAndDeadLettersAnUnreadableRecord() throws Exception {
        AlertRaised silence = alert("silence-1", "cfo-ben", AlertType.SILENCE, "2026-07-02T08:00:00Z");
        AlertRaised spike = alert("spike-1", "cfo-ben", AlertType.RESPONSE_SPIKE, "2026-07-03T08:00:00Z");
        send("cfo-ben", json.writeValueAsBytes(silence));
        await().atMost(Duration.ofSeconds(60)).until(() -> list("/api/alerts?executiveId=cfo-ben").size() == 1);
        acknowledge("silence-1", "ana", null);

        send("cfo-ben", json.writeValueAsBytes(silence));
        send("cfo-ben", "not an alert".getBytes(StandardCharsets.UTF_8));
        send("cfo-ben", json.writeValueAsBytes(spike)); // same key, same partition: read after the two above

        await().atMost(Duration.ofSeconds(60)).until(() -> list("/api/alerts?executiveId=cfo-ben").size() == 2);
        List<JsonNode> alerts = list("/api/alerts?executiveId=cfo-ben");
        assertThat(alerts).extracting(alert -> alert.get("alertId").asString()).as("newest first")
                .containsExactly("spike-1", "silence-1");
        assertThat(alerts.get(1).get("acknowledgedBy").asString()).isEqualTo("ana");
        assertThat(list("/api/alerts?executiveId=cfo-ben&from=2026-07-03T00:00:00Z")).hasSize(1);
        assertThat(list("/api/alerts?executiveId=cfo-ben&to=2026-07-03T00:00:00Z")).hasSize(1);
        assertThat(meters.counter("rostrum.analytics.alerts.raised", "type", "silence").count())
                .as("a redelivery is not a new alert").isEqualTo(1);
        assertThat(readDeadLetters()).containsExactly("not an alert");
    }

    @Test
    void answersUnknownAlertsAndInvalidParametersWithProblemDetails() {
        as("ana").post().uri("/api/alerts/no-such-alert/acknowledge").exchange().expectStatus().isNotFound();
        for (String query : List.of("type=bogus", "size=0", "size=1000", "from=yesterday", "executiveId=CEO<script>",
                "from=2026-07-02T00:00:00Z&to=2026-07-01T00:00:00Z")) {
            as("ana").get().uri("/api/alerts?" + query).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                            .doesNotContain("<script>").doesNotContain("bogus").doesNotContain("yesterday"));
        }
    }

    @Test
    void refusesCallersWithoutCredentials() {
        web.get().uri("/api/alerts").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/alerts/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isUnauthorized();
        web.post().uri("/api/alerts/shift-1/acknowledge").exchange().expectStatus().isUnauthorized();
    }

    /** Two people on the comms team, so the test can tell whose acknowledgement was kept. */
    @TestConfiguration
    static class CommsTeam {

        @Bean
        MapReactiveUserDetailsService commsTeam() {
            // service APIs compare the secret exactly as configured (ServiceSecretEncoder): no {id} prefix
            return new MapReactiveUserDetailsService(
                    User.withUsername("ana").password("test-only").roles("API").build(),
                    User.withUsername("ben").password("test-only").roles("API").build());
        }
    }

    private WebTestClient as(String user) {
        return web.mutate().defaultHeaders(headers -> headers.setBasicAuth(user, "test-only")).build();
    }

    private JsonNode acknowledge(String alertId, String user, @Nullable String onBehalfOf) {
        byte[] body = as(user).post().uri(uri -> uri.path("/api/alerts/{id}/acknowledge")
                        .queryParamIfPresent("onBehalfOf", Optional.ofNullable(onBehalfOf)).build(alertId)).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return json.readTree(body);
    }

    private List<JsonNode> list(String uri) {
        byte[] body = as("ana").get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult()
                .getResponseBody();
        List<JsonNode> alerts = new ArrayList<>();
        json.readTree(body).forEach(alerts::add);
        return alerts;
    }

    private static AlertRaised alert(String id, String executiveId, AlertType type, String raisedAt) {
        return new AlertRaised(Events.SCHEMA_VERSION, id, Instant.parse(raisedAt), executiveId, type,
                executiveId + " changed how they engage", Map.of("statistic", 9.5, "threshold", 7.25),
                List.of("mastodon:1"));
    }

    private static void send(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackExtension.stack().kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ALERTS.name(PREFIX), key, value);
            record.headers().add("__TypeId__", Topics.ALERTS.typeToken().getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    private static List<String> readDeadLetters() {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStackExtension.stack().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, LocalStackExtension.uniqueName("dead-letter-reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(Set.of(Topics.ALERTS.deadLetterName(PREFIX)));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> values.add(record.value()));
                return !values.isEmpty();
            });
        }
        return values;
    }

    private static String hmac(String signedPrefix, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(signedPrefix.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
