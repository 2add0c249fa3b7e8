package io.rostrum.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class TextLimitsTests {

    private static final String EMOJI = "\uD83D\uDE80";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void countsCharactersAsThePlatformsDoSoAnEmojiIsOne() {
        assertThat(TextLimits.excess(EMOJI.repeat(3), 3)).isEmpty();
        assertThat(TextLimits.excess(EMOJI.repeat(4), 3)).contains("is 4 characters long; at most 3 are accepted");
        assertThat(TextLimits.excess(null, 3)).isEmpty();
    }

    @Test
    void cutsWithoutSplittingACharacter() {
        assertThat(TextLimits.cut("ab" + EMOJI + "cd", 3)).isEqualTo("ab" + EMOJI);
        assertThat(TextLimits.cut("short", 3_000)).isEqualTo("short");
    }

    @Test
    void refusesAnImportedPostLongerThanTheLimitNamingTheField() {
        ObjectNode tree = (ObjectNode) json.valueToTree(EventJsonTests.stakeholderReply());
        tree.put("text", "a".repeat(TextLimits.POST_TEXT + 1));

        assertThatThrownBy(() -> json.treeToValue(tree, PostObserved.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("text is 25,001 characters long; at most 25,000 are accepted");
    }

    @Test
    void acceptsAPostOfExactlyTheLimit() {
        ObjectNode tree = (ObjectNode) json.valueToTree(EventJsonTests.stakeholderReply());
        tree.put("text", "a".repeat(TextLimits.POST_TEXT));

        assertThat(json.treeToValue(tree, PostObserved.class).text()).hasSize(TextLimits.POST_TEXT);
    }

    @Test
    void refusesAnAuthorsOverlongNameOrProfileNamingTheField() {
        assertThatThrownBy(() -> new Author("1", "dana@x.example", "d".repeat(TextLimits.NAME + 1), null, 0, false))
                .hasMessage("author.displayName is 501 characters long; at most 500 are accepted");
        assertThatThrownBy(() -> new Author("1", "dana@x.example", "Dana", "p".repeat(TextLimits.PROFILE_TEXT + 1),
                0, false))
                .hasMessage("author.profileText is 5,001 characters long; at most 5,000 are accepted");
    }

    @Test
    void refusesAnExecutivesOverlongRole() {
        assertThatThrownBy(() -> ExecutiveRegistered.register("ceo-ava", "Ava", "r".repeat(TextLimits.NAME + 1),
                "Northwind", List.of(), Instant.EPOCH))
                .hasMessage("role is 501 characters long; at most 500 are accepted");
    }

    @Test
    void keepsTheFirstCharactersOfWhatAPlatformServes() {
        Author author = Author.of("1", "dana@x.example", "d".repeat(TextLimits.NAME + 7), "p".repeat(9_000), 0, false);
        PostObserved post = PostObserved.observe("ceo-ava", Platform.RSS, "entry-1", PostKind.EXECUTIVE_POST, author,
                null, null, Instant.EPOCH, "t".repeat(TextLimits.POST_TEXT + 1_000), null, null,
                new MetricSnapshot(0, 0, 0, 0, Instant.EPOCH));

        assertThat(post.text()).hasSize(TextLimits.POST_TEXT);
        assertThat(post.author().displayName()).hasSize(TextLimits.NAME);
        assertThat(post.author().profileText()).hasSize(TextLimits.PROFILE_TEXT);
    }
}
