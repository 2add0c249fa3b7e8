package io.rostrum.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.rostrum.events.Topics;
import io.rostrum.infra.junit.LocalStackExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The registry API on a real broker: what it accepts lands on the compacted executives topic. */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(properties = {"spring.security.user.name=api", "spring.security.user.password=test-only"})
@AutoConfigureWebTestClient
class ExecutivesApiIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("ingest-it") + ".";
    private static final String BOOTSTRAP = LocalStackExtension.stack().kafka().bootstrapServers();
    private static final String AVA = """
            {"id":"ceo-ava","displayName":"Ava Lindqvist","role":"CEO","organization":"Northwind Grid",
             "accounts":[{"platform":"mastodon","handle":"ava@social.northwind.example"},
                         {"platform":"rss","url":"https://northwind.example/feed.xml"}]}""";

    @Autowired
    private WebTestClient web;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> BOOTSTRAP);
        registry.add("rostrum.ingest.topic-prefix", () -> PREFIX);
        registry.add("rostrum.ingest.partitions", () -> 3);
    }

    @Test
    void addsListsRefusesDuplicatesAndRemovesExecutivesThroughTheTopic() {
        api().post().uri("/api/executives").contentType(MediaType.APPLICATION_JSON).bodyValue(AVA).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.accounts[0].platform").isEqualTo("mastodon");
        api().get().uri("/api/executives").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0].executiveId").isEqualTo("ceo-ava");
        api().post().uri("/api/executives").contentType(MediaType.APPLICATION_JSON).bodyValue(AVA).exchange()
                .expectStatus().isEqualTo(409);

        api().delete().uri("/api/executives/ceo-ava").exchange().expectStatus().isNoContent();

        api().get().uri("/api/executives/ceo-ava").exchange().expectStatus().isNotFound();
        List<ConsumerRecord<String, String>> records = read(Topics.EXECUTIVES.name(PREFIX), 2);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly("ceo-ava", "ceo-ava");
        assertThat(records.get(0).value()).contains("\"displayName\":\"Ava Lindqvist\"");
        assertThat(records.get(1).value()).as("a tombstone").isNull();
    }

    @Test
    void answersAnInvalidRegistrationWithEveryFaultByField() {
        api().put().uri("/api/executives/cfo-marcus").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"displayName\":\"\",\"accounts\":[{\"platform\":\"myspace\",\"handle\":\"m\"}]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("displayName")
                .jsonPath("$.errors[1].field").isEqualTo("accounts[0].platform");
    }

    @Test
    void refusesCallersWithoutCredentials() {
        web.get().uri("/api/executives").exchange().expectStatus().isUnauthorized();
    }

    private WebTestClient api() {
        return web.mutate().defaultHeaders(headers -> headers.setBasicAuth("api", "test-only")).build();
    }

    private static List<ConsumerRecord<String, String>> read(String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP,
                ConsumerConfig.GROUP_ID_CONFIG, LocalStackExtension.uniqueName("reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }
}
