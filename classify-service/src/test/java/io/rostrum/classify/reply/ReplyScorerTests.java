package io.rostrum.classify.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.Cue;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Stance;
import org.junit.jupiter.api.Test;

class ReplyScorerTests {

    private final ReplyScorer scorer = new ReplyScorer();
    private final StakeholderGroups groups = new StakeholderGroups();

    @Test
    void praiseReadsPositiveAndSupportiveWithTheWordsThatSaySo() {
        ReplyScore score = scorer.score("Congratulations, a great result for the whole team", null);

        assertThat(score.sentiment()).isGreaterThan(0.5);
        assertThat(score.stance()).isEqualTo(Stance.SUPPORTIVE);
        assertThat(score.cues()).extracting(Cue::cue).contains("\u201cgreat\u201d");
    }

    @Test
    void anAngryReplyIsNegativeAndCriticalEvenAsAQuestion() {
        ReplyScore score = scorer.score("Record profits and you lay off 900 people? Shameful. Resign.", null);

        assertThat(score.sentiment()).isLessThan(-0.3);
        assertThat(score.stance()).isEqualTo(Stance.CRITICAL);
    }

    @Test
    void aPlainQuestionIsAQuestionAndNeutral() {
        ReplyScore score = scorer.score("When does the new pricing start for existing customers?", null);

        assertThat(score.sentiment()).isZero();
        assertThat(score.stance()).isEqualTo(Stance.QUESTION);
        assertThat(ReplyScorer.polarity(score.sentiment())).isEqualTo("neutral");
    }

    @Test
    void vaderReadsNegationAndBoosters() {
        assertThat(scorer.score("not good at all", null).sentiment()).isNegative();
        assertThat(scorer.score("This is VERY good!!!", null).sentiment())
                .isGreaterThan(scorer.score("This is good", null).sentiment());
    }

    @Test
    void criticalWordsDoNotFireInsideOtherWords() {
        assertThat(scorer.score("Spinning up the new plant next week", null).stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void infersTheGroupFromTheProfileMostSpecificFirstAndSaysWhichWord() {
        assertThat(groups.infer("Equity analyst at Harbor Ridge Capital").group()).isEqualTo(StakeholderGroup.INVESTORS);
        assertThat(groups.infer("Reporter, The Grid Ledger").group()).isEqualTo(StakeholderGroup.MEDIA);
        assertThat(groups.infer("Managing director of facilities").group()).isEqualTo(StakeholderGroup.PEERS);
        assertThat(groups.infer("Staff engineer working at Northwind").group()).isEqualTo(StakeholderGroup.EMPLOYEES);
        assertThat(groups.infer("Cooking, cycling and cool maps").group()).isEqualTo(StakeholderGroup.GENERAL_PUBLIC);
        assertThat(groups.infer(null).group()).isEqualTo(StakeholderGroup.GENERAL_PUBLIC);
        assertThat(groups.infer("Reporter, The Grid Ledger").cue()).isNotNull()
                .extracting(Cue::cue).isEqualTo("profile says \u201creporter\u201d");
    }
}
