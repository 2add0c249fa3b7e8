package io.rostrum.analytics.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.PostClassified;
import io.rostrum.events.PostObserved;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnsweredRepliesTests {

    private static final Instant T = Instant.parse("2026-07-01T08:00:00Z");

    private final List<Collection<String>> lookups = new ArrayList<>();

    @Test
    void linksAnAnswerToAStakeholderReplyOfTheSameBatchWithoutALookup() throws Exception {
        Map<String, StakeholderReply> answered = link(
                ClassifiedPosts.stakeholderReply("ceo", "2", "mastodon:1", T, 10, 0.1),
                ClassifiedPosts.executiveReply("ceo", "3", "mastodon:2", T.plusSeconds(60)));

        assertThat(answered).containsExactly(Map.entry("mastodon:3", new StakeholderReply("mastodon:2", T)));
        assertThat(lookups).isEmpty();
    }

    @Test
    void looksUpParentsOutsideTheBatchInOneLookupAndLinksOnlyThoseFound() throws Exception {
        Map<String, StakeholderReply> answered = link(
                ClassifiedPosts.executiveReply("ceo", "3", "mastodon:2", T),
                ClassifiedPosts.executiveReply("ceo", "4", "mastodon:9", T),
                ClassifiedPosts.executiveReply("ceo", "5", "mastodon:2", T));

        assertThat(lookups).containsExactly(List.of("mastodon:2", "mastodon:9"));
        assertThat(answered).containsOnly(Map.entry("mastodon:3", new StakeholderReply("mastodon:2", T.minusSeconds(5))),
                Map.entry("mastodon:5", new StakeholderReply("mastodon:2", T.minusSeconds(5))));
    }

    @Test
    void doesNotLinkAnExecutiveContinuingTheirOwnThread() throws Exception {
        Map<String, StakeholderReply> answered = link(
                ClassifiedPosts.executivePost("ceo", "1", T, 100, 0, T),
                ClassifiedPosts.executiveReply("ceo", "3", "mastodon:1", T.plusSeconds(60)));

        assertThat(answered).isEmpty();
        assertThat(lookups).isEmpty();
    }

    /** The indexed replies here: only mastodon:2, a stakeholder reply made five seconds before T. */
    private Map<String, StakeholderReply> link(PostClassified... batch) throws Exception {
        List<PostObserved> posts = List.of(batch).stream().map(PostClassified::post).toList();
        return AnsweredReplies.link(posts, answeredAt -> {
            lookups.add(List.copyOf(answeredAt.keySet()));
            return answeredAt.containsKey("mastodon:2")
                    ? Map.of("mastodon:2", new StakeholderReply("mastodon:2", T.minusSeconds(5))) : Map.of();
        });
    }
}
