package io.rostrum.classify.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.classify.features.VaderSentiment;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.events.Cue;
import io.rostrum.events.Polarity;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Stance;
import org.junit.jupiter.api.Test;

class ReplyScorerTests {

    private static final String LAYOFF_POST = "Today we made the hard decision to reduce our workforce by 900.";

    private final ReplyScorer scorer = new ReplyScorer(TrainedModels.shipped());
    private final StakeholderGroups groups = new StakeholderGroups();

    @Test
    void praiseReadsPositiveAndSupportiveWithCues() {
        ReplyScore score = scorer.score("Congratulations to the whole team, a brilliant result! 👏", null,
                "Retired teacher, gardener");

        assertThat(score.polarity()).isEqualTo(Polarity.POSITIVE);
        assertThat(score.stance()).isEqualTo(Stance.SUPPORTIVE);
        assertThat(score.sentiment()).isPositive();
        assertThat(score.cues()).extracting(Cue::label).contains("positive", "supportive");
    }

    @Test
    void anAngryReplyIsNegativeAndCriticalEvenAsAQuestion() {
        ReplyScore score = scorer.score("Record profits and you lay off 900 people? Shameful. Resign.", LAYOFF_POST,
                null);

        assertThat(score.polarity()).isEqualTo(Polarity.NEGATIVE);
        assertThat(score.stance()).isEqualTo(Stance.CRITICAL);
        assertThat(score.sentiment()).isNegative();
    }

    @Test
    void aPlainQuestionIsAQuestion() {
        ReplyScore score = scorer.score("When does the new pricing start for existing customers?", null, null);

        assertThat(score.stance()).isEqualTo(Stance.QUESTION);
    }

    @Test
    void theSentimentNumberIsVadersCompoundScoreWhileThePolarityIsTheTrainedModels() {
        String politeCriticism = "Nice words. Meanwhile my order is three weeks late and nobody answers.";

        ReplyScore score = scorer.score(politeCriticism, null, "Customer since 2019");

        assertThat(score.sentiment()).isEqualTo(new VaderSentiment().compound(politeCriticism));
        assertThat(VaderSentiment.polarity(score.sentiment())).isEqualTo(Polarity.POSITIVE);
        assertThat(score.polarity()).isEqualTo(Polarity.NEGATIVE);
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
