package io.rostrum.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventJsonTests {

    private static final Instant CREATED = Instant.parse("2026-03-02T09:15:00Z");
    private static final Instant OBSERVED = Instant.parse("2026-03-02T12:00:00Z");

    private final JsonMapper json = JsonMapper.builder().build();

    static PostObserved stakeholderReply() {
        Author author = new Author("109", "dana@fediverse.example", "Dana Ortiz", "Equity analyst, Northwind Capital",
                1_250, false);
        return PostObserved.observe("ceo-ava-lindqvist", Platform.MASTODON, "1133", PostKind.STAKEHOLDER_REPLY,
                author, "mastodon:1130", "mastodon:1130", CREATED, "What does this mean for margins next year?", "en",
                "https://fediverse.example/@dana/1133", new MetricSnapshot(0, 1, 4, 0, OBSERVED));
    }

    @Test
    void postObservedSurvivesARoundTrip() {
        PostObserved post = stakeholderReply();

        PostObserved back = json.readValue(json.writeValueAsString(post), PostObserved.class);

        assertThat(back).isEqualTo(post);
    }

    @Test
    void writesTaxonomyIdsAndIsoInstants() {
        ObjectNode tree = (ObjectNode) json.valueToTree(stakeholderReply());

        assertThat(tree.get("platform").asString()).isEqualTo("mastodon");
        assertThat(tree.get("kind").asString()).isEqualTo("stakeholder-reply");
        assertThat(tree.get("createdAt").asString()).isEqualTo("2026-03-02T09:15:00Z");
        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(Events.SCHEMA_VERSION);
    }

    @Test
    void ignoresFieldsAddedByANewerSchema() {
        ObjectNode tree = (ObjectNode) json.valueToTree(stakeholderReply());
        tree.put("schemaVersion", 2);
        tree.put("audienceEstimate", 4200);
        ((ObjectNode) tree.get("author")).put("verified", true);

        PostObserved back = json.treeToValue(tree, PostObserved.class);

        assertThat(back.schemaVersion()).isEqualTo(2);
        assertThat(back.text()).isEqualTo(stakeholderReply().text());
    }

    @Test
    void rejectsAPostKeyThatDoesNotMatchPlatformAndNativeId() {
        ObjectNode tree = (ObjectNode) json.valueToTree(stakeholderReply());
        tree.put("postKey", "bluesky:1133");

        assertThatThrownBy(() -> json.treeToValue(tree, PostObserved.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("postKey must be mastodon:1133");
    }

    @Test
    void rejectsAMissingFieldAsInvalidInputNamingTheField() {
        ObjectNode tree = (ObjectNode) json.valueToTree(stakeholderReply());
        tree.remove("platform");

        assertThatThrownBy(() -> json.treeToValue(tree, PostObserved.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("platform is required")
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnUnknownApproachNamingTheAcceptedIds() {
        assertThatThrownBy(() -> json.readValue("\"boasting\"", Approach.class))
                .hasMessageContaining("\"boasting\": not one of the values accepted")
                .hasMessageContainingAll("celebrating", "informing", "dialoguing", "framing", "mobilizing", "obfuscating");
    }

    @Test
    void postClassifiedSurvivesARoundTrip() {
        Classification classification = new Classification(List.of(Approach.DIALOGUING, Approach.INFORMING),
                Map.of("dialoguing", 0.55, "informing", 0.30, "celebrating", 0.05, "framing", 0.04,
                        "mobilizing", 0.03, "obfuscating", 0.03),
                Purpose.INFORMATION_PROCESSING, Reciprocity.RECIPROCAL, Direction.DIVERGENCE, "lexicon-1",
                List.of(new Cue("asks a question", "dialoguing", 1.4)));
        PostClassified classified = PostClassified.of(stakeholderReply(), classification,
                new ReplyScore(-0.12, Polarity.NEGATIVE, StakeholderGroup.INVESTORS, Stance.QUESTION,
                        List.of(new Cue("analyst", "investors", 1.0))), OBSERVED);

        String text = json.writeValueAsString(classified);
        PostClassified back = json.readValue(text, PostClassified.class);

        assertThat(back).isEqualTo(classified);
        assertThat(text).contains("\"approaches\":[\"dialoguing\",\"informing\"]", "\"stakeholderGroup\":\"investors\"");
    }

    @Test
    void executiveRegisteredAndAlertRaisedSurviveARoundTrip() {
        ExecutiveRegistered executive = ExecutiveRegistered.register("ceo-ava-lindqvist", "Ava Lindqvist", "CEO",
                "Northwind Grid", List.of(new ExecutiveRegistered.Account(Platform.BLUESKY, "ava.bsky.social", null)),
                OBSERVED);
        AlertRaised alert = new AlertRaised(Events.SCHEMA_VERSION, "a-1", OBSERVED, "ceo-ava-lindqvist",
                AlertType.APPROACH_SHIFT, "informing gave way to obfuscating", Map.of("statistic", 9.1),
                List.of("bluesky:3k2"));

        assertThat(json.readValue(json.writeValueAsString(executive), ExecutiveRegistered.class)).isEqualTo(executive);
        assertThat(json.readValue(json.writeValueAsString(alert), AlertRaised.class)).isEqualTo(alert);
    }

    @Test
    void sameObservationGetsTheSameEventId() {
        assertThat(stakeholderReply().eventId()).isEqualTo(stakeholderReply().eventId());
    }

    @Test
    void catalogueMapsEveryTokenToItsEventClass() {
        assertThat(Topics.typeMappings()).contains("postObserved:io.rostrum.events.PostObserved",
                "postClassified:io.rostrum.events.PostClassified");
        assertThat(Topics.ALL).extracting(Topic::name).doesNotHaveDuplicates();
    }
}
