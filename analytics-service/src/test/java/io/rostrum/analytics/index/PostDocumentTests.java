package io.rostrum.analytics.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rostrum.events.Polarity;
import io.rostrum.events.Stance;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PostDocumentTests {

    private static final Instant CREATED = Instant.parse("2026-07-01T08:00:00Z");

    @Test
    void weighsAStakeholderReplyByTheLogOfItsAuthorsFollowersPlusOne() {
        PostDocument reply = PostDocument.of(ClassifiedPosts.stakeholderReply("ceo", "2", "mastodon:1", CREATED,
                99, 0.4), null);

        assertThat(reply.replyWeight()).isCloseTo(Math.log(100), within(1e-12));
        assertThat(reply.weightedSentiment()).isCloseTo(0.4 * Math.log(100), within(1e-12));
        assertThat(reply.sentimentClass()).isEqualTo(Polarity.POSITIVE);
        assertThat(reply.stance()).isEqualTo(Stance.SUPPORTIVE);
        assertThat(reply.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(reply.engagementRate()).as("only the executive's own posts have an engagement rate").isNull();
        assertThat(reply.cues()).containsExactly(ClassifiedPosts.APPROACH_CUE, ClassifiedPosts.REPLY_CUE);
    }

    @Test
    void classesSentimentAtTheVaderThresholdsInclusive() {
        assertThat(sentimentClass(0.05)).isEqualTo(Polarity.POSITIVE);
        assertThat(sentimentClass(0.0499)).isEqualTo(Polarity.NEUTRAL);
        assertThat(sentimentClass(-0.0499)).isEqualTo(Polarity.NEUTRAL);
        assertThat(sentimentClass(-0.05)).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void ratesEngagementOfAnExecutivePostPerHundredFollowers() {
        PostDocument post = PostDocument.of(ClassifiedPosts.executivePost("ceo", "1", CREATED, 200, 10, CREATED),
                null);

        assertThat(post.engagementRate()).isEqualTo(5.0);
        assertThat(post.replyWeight()).isNull();
        assertThat(post.weightedSentiment()).isNull();
        assertThat(post.sentimentClass()).isNull();
        assertThat(post.stance()).isNull();
        assertThat(post.cues()).containsExactly(ClassifiedPosts.APPROACH_CUE);
    }

    @Test
    void leavesOutTheEngagementRateWhenTheFollowerCountIsZero() {
        assertThat(PostDocument.of(ClassifiedPosts.executivePost("ceo", "1", CREATED, 0, 10, CREATED), null)
                .engagementRate()).isNull();
    }

    @Test
    void timesAnAnswerFromTheStakeholderReplyItAnswers() {
        PostDocument answer = PostDocument.of(ClassifiedPosts.executiveReply("ceo", "3", "mastodon:2",
                CREATED.plusSeconds(1_800)), new StakeholderReply("mastodon:2", CREATED));

        assertThat(answer.answersKey()).isEqualTo("mastodon:2");
        assertThat(answer.answerSeconds()).isEqualTo(1_800);
    }

    @Test
    void leavesAnAnswerUnlinkedWithoutTheReplyItAnswers() {
        PostDocument answer = PostDocument.of(ClassifiedPosts.executiveReply("ceo", "3", "mastodon:2", CREATED),
                null);

        assertThat(answer.answersKey()).isNull();
        assertThat(answer.answerSeconds()).isNull();
    }

    private static Polarity sentimentClass(double sentiment) {
        return PostDocument.of(ClassifiedPosts.stakeholderReply("ceo", "2", "mastodon:1", CREATED, 10, sentiment),
                null).sentimentClass();
    }
}
