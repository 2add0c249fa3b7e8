package io.rostrum.analytics.web;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small, hand-countable July 2026 written straight into a month index {@code <alias>-2026.07} that carries the
 * posts alias, with the production mappings. Every expected figure in the tests is worked out from this list.
 *
 * <p>ceo-ada, own posts (UTC): P0 07-05 23:00 (before the UTC window, inside a Berlin one), P1 07-06 09:00,
 * P2 07-06 09:30, P3 07-07 09:00 (bluesky), R1 07-08 12:00 answers s1 after 1 h, P4 07-13 09:00, P5 07-14 09:00,
 * R2 07-16 10:00 (bluesky) answers s3 after 72 h, RP1 07-17 09:00 repost, R3 07-18 12:00 answers s5 after 2 h.
 * Stakeholder replies (compound, weight; s1 and s2 reply to P2): s0 07-04 (0.5, 2), s1 07-08 11:00 (0.6, 1),
 * s2 07-08 11:30 (-0.4, 3), s3 07-13 (0.3, 2, bluesky), s4 07-15 (0.8, 1, bluesky), s5 07-18 10:00 (-0.6, 2),
 * s7 07-19 (0.02, 1, bluesky), s6 07-20 (after every window). cfo-bo on linkedin: B1 07-10 08:00,
 * b1 07-10 09:00 (0.2, 1), B2 07-10 10:00 answers b1 after 1 h.
 */
final class PostsFixture {

    static final String ADA = "ceo-ada";
    static final String BO = "cfo-bo";
    static final String HOSTILE_TEXT = "<img src=x onerror=alert(1)> these results are cooked";

    private PostsFixture() {
    }

    static void write(ElasticsearchClient elasticsearch, String alias) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode index;
        try (InputStream template = new ClassPathResource("elasticsearch/posts-template.json").getInputStream()) {
            index = (ObjectNode) json.readTree(template).get("template");
        }
        index.putObject("aliases").putObject(alias);
        String body = json.writeValueAsString(index);
        elasticsearch.indices().create(create -> create.index(alias + "-2026.07").withJson(new StringReader(body)));
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
        for (Map<String, Object> document : documents()) {
            bulk.operations(operation -> operation.index(write -> write.index(alias + "-2026.07")
                    .id((String) document.get("postKey")).document(document)));
        }
        if (elasticsearch.bulk(bulk.build()).errors()) {
            throw new IllegalStateException("the fixture did not index cleanly");
        }
    }

    private static List<Map<String, Object>> documents() {
        return List.of(
                own("mastodon:p0", ADA, "mastodon", "executive-post", "2026-07-05T23:00:00Z", "Late thoughts.",
                        Map.of("obfuscating", 1.0), false, 0, 0.0),
                own("mastodon:p1", ADA, "mastodon", "executive-post", "2026-07-06T09:00:00Z",
                        "Quarterly results are out: revenue up 12 percent.",
                        Map.of("informing", 0.7, "celebrating", 0.1, "dialoguing", 0.1, "framing", 0.1), false, 10,
                        1.0),
                own("mastodon:p2", ADA, "mastodon", "executive-post", "2026-07-06T09:30:00Z",
                        "What should we build next? Tell us your ideas.",
                        Map.of("informing", 0.5, "dialoguing", 0.5), true, 20, 2.0),
                own("bluesky:p3", ADA, "bluesky", "executive-post", "2026-07-07T09:00:00Z",
                        "Thank you for the questions about results, keep them coming.",
                        Map.of("dialoguing", 1.0), true, 30, 3.0),
                answer(own("mastodon:r1", ADA, "mastodon", "executive-reply", "2026-07-08T12:00:00Z",
                        "Happy to explain.", Map.of("dialoguing", 1.0), true, 0, 0.0), "mastodon:s1", 3_600),
                own("mastodon:p4", ADA, "mastodon", "executive-post", "2026-07-13T09:00:00Z", "We won an award.",
                        Map.of("celebrating", 1.0), false, 40, 4.0),
                own("mastodon:p5", ADA, "mastodon", "executive-post", "2026-07-14T09:00:00Z",
                        "This is what the energy transition means for us.", Map.of("framing", 1.0), false, 0, 0.0),
                answer(own("bluesky:r2", ADA, "bluesky", "executive-reply", "2026-07-16T10:00:00Z",
                        "Sorry for the wait.", Map.of("dialoguing", 1.0), false, 0, 0.0), "bluesky:s3", 259_200),
                unrated(own("mastodon:rp1", ADA, "mastodon", "repost", "2026-07-17T09:00:00Z",
                        "Our annual report.", Map.of("informing", 1.0), false, 0, 0.0)),
                answer(own("mastodon:r3", ADA, "mastodon", "executive-reply", "2026-07-18T12:00:00Z",
                        "Fair point, we will look at it.", Map.of("dialoguing", 1.0), true, 5, 0.5), "mastodon:s5",
                        7_200),
                reply("mastodon:s0", ADA, "mastodon", "2026-07-04T10:00:00Z", "Great quarter.", 0.5, 2.0,
                        "investors"),
                inReplyTo(reply("mastodon:s1", ADA, "mastodon", "2026-07-08T11:00:00Z",
                        "Could you explain the margin?", 0.6, 1.0, "employees"), "mastodon:p2"),
                inReplyTo(reply("mastodon:s2", ADA, "mastodon", "2026-07-08T11:30:00Z", HOSTILE_TEXT, -0.4, 3.0,
                        "media"), "mastodon:p2"),
                reply("bluesky:s3", ADA, "bluesky", "2026-07-13T10:00:00Z", "Nice to see.", 0.3, 2.0, "investors"),
                reply("bluesky:s4", ADA, "bluesky", "2026-07-15T10:00:00Z", "Brilliant work.", 0.8, 1.0,
                        "investors"),
                reply("mastodon:s5", ADA, "mastodon", "2026-07-18T10:00:00Z", "This is bad for the town.", -0.6,
                        2.0, "employees"),
                reply("bluesky:s7", ADA, "bluesky", "2026-07-19T20:00:00Z", "Noted.", 0.02, 1.0, "general-public"),
                reply("mastodon:s6", ADA, "mastodon", "2026-07-20T10:00:00Z", "Awful.", -1.0, 5.0, "media"),
                own("linkedin:b-1", BO, "linkedin", "executive-post", "2026-07-10T08:00:00Z",
                        "Results day at Northwind: strong quarter.", Map.of("informing", 1.0), false, 100, 10.0),
                reply("linkedin:b-s1", BO, "linkedin", "2026-07-10T09:00:00Z", "Congratulations.", 0.2, 1.0,
                        "customers"),
                answer(own("linkedin:b-2", BO, "linkedin", "executive-reply", "2026-07-10T10:00:00Z", "Thank you.",
                        Map.of("dialoguing", 1.0), true, 0, 0.0), "linkedin:b-s1", 3_600));
    }

    private static Map<String, Object> own(String postKey, String executiveId, String platform, String kind,
                                           String createdAt, String text, Map<String, Double> probabilities,
                                           boolean reciprocal, long engagement, double engagementRate) {
        Map<String, Object> document = common(postKey, executiveId, platform, kind, createdAt, text);
        document.put("byExecutive", true);
        Map<String, Double> all = new HashMap<>(Map.of("celebrating", 0.0, "informing", 0.0, "dialoguing", 0.0,
                "framing", 0.0, "mobilizing", 0.0, "obfuscating", 0.0));
        all.putAll(probabilities);
        document.put("probabilities", all);
        document.put("approaches", probabilities.entrySet().stream().filter(entry -> entry.getValue() >= 0.5)
                .map(Map.Entry::getKey).sorted().toList());
        document.put("reciprocity", reciprocal ? "reciprocal" : "non-reciprocal");
        document.put("engagement", engagement);
        document.put("engagementRate", engagementRate);
        return document;
    }

    private static Map<String, Object> answer(Map<String, Object> reply, String answersKey, long answerSeconds) {
        reply.put("answersKey", answersKey);
        reply.put("answerSeconds", answerSeconds);
        return reply;
    }

    private static Map<String, Object> unrated(Map<String, Object> post) {
        post.remove("engagementRate");
        return post;
    }

    private static Map<String, Object> reply(String postKey, String executiveId, String platform, String createdAt,
                                             String text, double sentiment, double replyWeight, String group) {
        Map<String, Object> document = common(postKey, executiveId, platform, "stakeholder-reply", createdAt, text);
        document.put("byExecutive", false);
        document.put("engagement", 0L);
        document.put("sentiment", sentiment);
        document.put("sentimentClass", sentiment >= 0.05 ? "positive" : sentiment <= -0.05 ? "negative" : "neutral");
        document.put("replyWeight", replyWeight);
        document.put("weightedSentiment", sentiment * replyWeight);
        document.put("stakeholderGroup", group);
        return document;
    }

    private static Map<String, Object> inReplyTo(Map<String, Object> reply, String postKey) {
        reply.put("inReplyToKey", postKey);
        return reply;
    }

    private static Map<String, Object> common(String postKey, String executiveId, String platform, String kind,
                                              String createdAt, String text) {
        Map<String, Object> document = new HashMap<>();
        document.put("postKey", postKey);
        document.put("executiveId", executiveId);
        document.put("platform", platform);
        document.put("nativeId", postKey.substring(postKey.indexOf(':') + 1));
        document.put("kind", kind);
        document.put("createdAt", createdAt);
        document.put("text", text);
        document.put("url", "https://social.example/" + postKey);
        return document;
    }
}
