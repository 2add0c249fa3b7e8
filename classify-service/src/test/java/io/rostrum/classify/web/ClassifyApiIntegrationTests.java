package io.rostrum.classify.web;

import io.rostrum.events.TextLimits;
import io.rostrum.infra.junit.LocalStackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code POST /api/classify} in the running service: authenticated, explained, and strict about its input. */
@ExtendWith(LocalStackExtension.class)
@SpringBootTest(properties = {"spring.security.user.name=api", "spring.security.user.password=test-only"})
@AutoConfigureWebTestClient
class ClassifyApiIntegrationTests {

    private static final String PREFIX = LocalStackExtension.uniqueName("classify-api") + ".";

    @Autowired
    private WebTestClient web;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> LocalStackExtension.stack().kafka().bootstrapServers());
        registry.add("rostrum.classify.topic-prefix", () -> PREFIX);
        registry.add("rostrum.classify.partitions", () -> 1);
    }

    @Test
    void classifiesAnExecutiveReplyWithItsThreadAndCues() {
        api().post().uri("/api/classify").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"text": "Fair question. The Leeds site reopens on Monday after the safety checks.",
                         "kind": "reply", "inReplyToText": "When does the Leeds site reopen?"}""")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.classification.approaches[0]").exists()
                .jsonPath("$.classification.probabilities.length()").isEqualTo(6)
                .jsonPath("$.classification.reciprocity").isEqualTo("reciprocal")
                .jsonPath("$.classification.cues[0].cue").exists()
                .jsonPath("$.classification.classifier").value(String.class, version -> version.startsWith("maxent-"))
                .jsonPath("$.replyScore").doesNotExist();
    }

    @Test
    void scoresAStakeholderReplyWithSentimentStanceAndGroup() {
        api().post().uri("/api/classify").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"text": "Record profits and 900 layoffs. Shameful.", "kind": "stakeholder-reply",
                         "authorProfile": "Labour reporter at the Northern Ledger"}""")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.replyScore.stance").isEqualTo("critical")
                .jsonPath("$.replyScore.stakeholderGroup").isEqualTo("media")
                .jsonPath("$.replyScore.sentiment").value(Double.class, sentiment -> {
                    if (sentiment >= 0) {
                        throw new AssertionError("expected a negative sentiment, was " + sentiment);
                    }
                })
                .jsonPath("$.replyScore.cues[0].cue").exists();
    }

    @Test
    void refusesAnonymousCallersAndBadInputWithAReason() {
        web.post().uri("/api/classify").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \"hi\"}")
                .exchange().expectStatus().isUnauthorized();
        api().post().uri("/api/classify").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\": \" \"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("text is required");
        api().post().uri("/api/classify").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"hi\", \"kind\": \"tweet\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(String.class, detail -> detail.contains("kind must be one of"));
        api().post().uri("/api/classify").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"hi\", \"inReplyToText\": \"" + "a".repeat(TextLimits.POST_TEXT + 1) + "\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail")
                .isEqualTo("inReplyToText is 25,001 characters long; at most 25,000 are accepted");
    }

    @Test
    void classifiesATextOfTheLongestLengthThePipelineCarries() {
        api().post().uri("/api/classify").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"" + "Results are in. ".repeat(TextLimits.POST_TEXT / 16) + "\"}")
                .exchange().expectStatus().isOk();
    }

    @Test
    void answersABodyBeyondTheRequestLimitWith413() {
        api().post().uri("/api/classify").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\": \"" + "a".repeat(600 * 1024) + "\"}")
                .exchange().expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").isEqualTo("the request body is larger than the 512 KB this service"
                        + " accepts (spring.http.codecs.max-in-memory-size)");
    }

    private WebTestClient api() {
        return web.mutate().defaultHeaders(headers -> headers.setBasicAuth("api", "test-only")).build();
    }
}
