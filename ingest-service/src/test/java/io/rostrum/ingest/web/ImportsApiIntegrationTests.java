package io.rostrum.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.TextLimits;
import io.rostrum.infra.junit.LocalStackExtension;
import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The import API's own body limit, larger than every other request's, and the contract's text limits on what it
 * imports, in the running service on a real broker.
 */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(properties = {"spring.security.user.name=api", "spring.security.user.password=test-only",
        "rostrum.ingest.imports.max-request-size=1MB"})
@AutoConfigureWebTestClient(timeout = "30s") // publishing waits for the broker; slow on a busy machine
class ImportsApiIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("ingest-imports") + ".";
    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private WebTestClient web;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalStackExtension.stack().kafka().bootstrapServers());
        registry.add("rostrum.ingest.topic-prefix", () -> PREFIX);
        registry.add("rostrum.ingest.partitions", () -> 1);
    }

    @BeforeEach
    void registerTheExecutive() {
        api().put().uri("/api/executives/ceo-ava").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"displayName": "Ava", "accounts": [{"platform": "bluesky", "handle": "ava.bsky.social"}]}""")
                .exchange().expectStatus().isOk();
    }

    @Test
    void takesABatchBeyondTheGeneralLimitOfEveryOtherRequest() {
        String batch = lines(300, 1_000);
        assertThat(batch.length()).as("more than spring.http.codecs.max-in-memory-size").isGreaterThan(256 * 1024);

        api().post().uri("/api/imports/ceo-ava").contentType(JSON_LINES).bodyValue(batch).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.accepted").isEqualTo(300);
    }

    @Test
    void refusesABatchBeyondItsOwnLimitNamingTheSetting() {
        api().post().uri("/api/imports/ceo-ava").contentType(JSON_LINES).bodyValue(lines(900, 1_500)).exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").isEqualTo("an import batch may be at most 1 MB"
                        + " (rostrum.ingest.imports.max-request-size): send fewer lines per request");
    }

    @Test
    void refusesAPostLongerThanTheContractNamingTheLineAndTheField() {
        ObjectNode tooLong = (ObjectNode) JSON.valueToTree(post(2, 10));
        tooLong.put("text", "a".repeat(TextLimits.POST_TEXT + 1));

        api().post().uri("/api/imports/ceo-ava").contentType(JSON_LINES)
                .bodyValue(JSON.writeValueAsString(post(1, 10)) + "\n" + JSON.writeValueAsString(tooLong))
                .exchange()
                .expectStatus().value(status -> assertThat(status).isEqualTo(422))
                .expectBody()
                .jsonPath("$.accepted").isEqualTo(0)
                .jsonPath("$.errors[0].line").isEqualTo(2)
                .jsonPath("$.errors[0].reason").isEqualTo("text is 25,001 characters long; at most 25,000 are accepted");
    }

    @Test
    void refusesAnyOtherBodyBeyondTheGeneralLimit() {
        api().post().uri("/api/executives").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\":\"ceo-bo\",\"displayName\":\"" + "B".repeat(300 * 1024) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").isEqualTo("the request body is larger than the 256 KB this service"
                        + " accepts (spring.http.codecs.max-in-memory-size)");
    }

    private static String lines(int count, int textLength) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> JSON.writeValueAsString(post(n, textLength)))
                .collect(Collectors.joining("\n"));
    }

    private static PostObserved post(int n, int textLength) {
        Instant at = Instant.parse("2026-03-02T09:00:00Z").plusSeconds(n);
        return PostObserved.observe("ceo-ava", Platform.BLUESKY, "import-" + n, PostKind.EXECUTIVE_POST,
                new Author("did:plc:ava", "ava.bsky.social", "Ava", null, 100, true), null, null, at,
                "x".repeat(textLength), "en", null, new MetricSnapshot(0, 0, 0, 0, at));
    }

    private WebTestClient api() {
        return web.mutate().defaultHeaders(headers -> headers.setBasicAuth("api", "test-only")).build();
    }
}
