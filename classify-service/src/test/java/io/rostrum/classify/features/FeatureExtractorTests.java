package io.rostrum.classify.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FeatureExtractorTests {

    private final FeatureExtractor extractor = new FeatureExtractor();

    @Test
    void readsWordsPairsCuePhrasesAndShape() {
        assertThat(extractor.features(PostInput.post("What do you think we should build next?")))
                .contains("w:think", "b:you think", "cue:what do you think", "cues:dialoguing", "s:asks",
                        "s:ends-with-question", "s:you", "s:we", "s:short", "ctx:top-level");
    }

    @Test
    void aReplyThatTakesUpTheQuestionIsToldApartFromOneThatIgnoresIt() {
        String question = "When will the Leeds warehouse reopen after the flooding?";

        assertThat(extractor.features(PostInput.reply("The Leeds warehouse reopens on Monday once the flooding"
                + " repairs are signed off.", question)))
                .contains("ctx:reply", "ctx:answers-a-question", "ctx:takes-up-their-words");
        assertThat(extractor.features(PostInput.reply("Great to see so much energy in this community!", question)))
                .contains("ctx:reply", "ctx:answers-a-question", "ctx:ignores-their-words");
    }

    @Test
    void aReplyWithoutKnownParentIsStillAReply() {
        assertThat(extractor.features(PostInput.reply("Thanks, will look into it", null)))
                .contains("ctx:reply").noneMatch(feature -> feature.startsWith("ctx:answers"));
    }

    @Test
    void callsToActionAndManyHashtagsAreSeen() {
        assertThat(extractor.features(PostInput.post("Join us on Saturday! #CleanRivers #Volunteer #Leeds")))
                .contains("s:opens-with-call-to-action", "s:hashtags-many", "s:exclaims", "cues:mobilizing");
    }

    @Test
    void everyFeatureReadsAsACue() {
        Arrays.stream(extractor.features(PostInput.reply("So proud of the team! 🎉 #Milestone @ana what next?", "Congrats?")))
                .forEach(feature -> assertThat(FeatureNames.readable(feature)).isNotBlank().doesNotContain("s:", "ctx:"));
    }
}
