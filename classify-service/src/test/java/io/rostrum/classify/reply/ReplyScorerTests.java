package io.rostrum.classify.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.StakeholderGroup;
import org.junit.jupiter.api.Test;

class ReplyScorerTests {

    private final SentimentLexicon sentiment = new SentimentLexicon();
    private final StakeholderGroups groups = new StakeholderGroups();

    @Test
    void praiseReadsPositiveAndAnAngryReplyNegative() {
        assertThat(sentiment.compound("Congratulations, a great result for the whole team")).isGreaterThan(0.5);
        assertThat(sentiment.compound("This outage is unacceptable, terrible service")).isLessThan(-0.5);
        assertThat(sentiment.compound("When is the next call scheduled")).isZero();
    }

    @Test
    void aNegatorFlipsTheWordsAfterIt() {
        assertThat(sentiment.compound("not good at all")).isNegative();
    }

    @Test
    void infersTheGroupFromTheProfileMostSpecificFirst() {
        assertThat(groups.infer("Equity analyst at Harbor Ridge Capital")).isEqualTo(StakeholderGroup.INVESTORS);
        assertThat(groups.infer("Reporter, The Grid Ledger")).isEqualTo(StakeholderGroup.MEDIA);
        assertThat(groups.infer("Managing director of facilities")).isEqualTo(StakeholderGroup.PEERS);
        assertThat(groups.infer("Staff engineer working at Northwind")).isEqualTo(StakeholderGroup.EMPLOYEES);
        assertThat(groups.infer("Cooking, cycling and cool maps")).isEqualTo(StakeholderGroup.GENERAL_PUBLIC);
        assertThat(groups.infer(null)).isEqualTo(StakeholderGroup.GENERAL_PUBLIC);
    }
}
