package io.rostrum.classify.approach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rostrum.classify.features.PostInput;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.events.Approach;
import io.rostrum.events.Classification;
import io.rostrum.events.Cue;
import io.rostrum.events.Direction;
import io.rostrum.events.Purpose;
import io.rostrum.events.Reciprocity;
import org.junit.jupiter.api.Test;

/** Behaviour of the shipped model on posts written for these tests, none of them in the corpus. */
class TrainedPostClassifierTests {

    private final TrainedPostClassifier classifier = new TrainedPostClassifier(TrainedModels.shipped());

    @Test
    void givesSixProbabilitiesSummingToOneWithCuesAndTheModelVersion() {
        Classification result = classifier.classify(PostInput.post("Thrilled that our Porto plant just won the"
                + " national safety award. 1,200 days without a lost-time injury. Thank you, team! 🏆"));

        assertThat(result.probabilities()).hasSize(6);
        assertThat(result.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(result.approaches().get(0)).isEqualTo(Approach.CELEBRATING);
        assertThat(result.cues()).isNotEmpty().anyMatch(cue -> cue.label().equals("celebrating"));
        assertThat(result.classifier()).isEqualTo(TrainedModels.shipped().version());
    }

    @Test
    void tellsAnAnswerFromADodgeInAReply() {
        String question = "Can you confirm whether the Rotterdam site will close next year?";

        Classification answer = classifier.classify(PostInput.reply("Yes. Rotterdam closes in June 2027; all 140"
                + " colleagues are offered roles in Antwerp or a severance package, and we will publish the plan on"
                + " 3 March.", question));
        Classification dodge = classifier.classify(PostInput.reply("We don't comment on rumours. Lots of noise out"
                + " there, and we remain focused on delivering for our customers.", question));

        assertThat(answer.approaches().get(0)).isIn(Approach.DIALOGUING, Approach.INFORMING);
        assertThat(dodge.approaches().get(0)).isEqualTo(Approach.OBFUSCATING);
        assertThat(answer.reciprocity()).isEqualTo(Reciprocity.RECIPROCAL);
        assertThat(dodge.reciprocity()).isEqualTo(Reciprocity.RECIPROCAL);
    }

    @Test
    void aQuestionToTheAudienceIsReciprocalAndABroadcastIsNot() {
        Classification asking = classifier.classify(PostInput.post("We're redesigning our supplier portal. What is"
                + " the one thing that slows you down today? Tell me in the comments."));
        Classification broadcasting = classifier.classify(PostInput.post("Our annual report for 2025 is now"
                + " available: revenue of EUR 2.3bn, up 7%. https://example.com/annual-report"));

        assertThat(asking.approaches().get(0)).isEqualTo(Approach.DIALOGUING);
        assertThat(asking.reciprocity()).isEqualTo(Reciprocity.RECIPROCAL);
        assertThat(broadcasting.approaches().get(0)).isEqualTo(Approach.INFORMING);
        assertThat(broadcasting.reciprocity()).isEqualTo(Reciprocity.NON_RECIPROCAL);
        assertThat(broadcasting.purpose()).isEqualTo(Purpose.INFORMATION_PROCESSING);
        assertThat(broadcasting.direction()).isEqualTo(Direction.CONVERGENCE);
    }

    @Test
    void aCallToActionForACauseIsMobilizing() {
        Classification result = classifier.classify(PostInput.post("Next Saturday we plant 5,000 trees along the"
                + " river. Bring your family, sign up at the link and share this with your neighbours. #GreenRiver"));

        assertThat(result.approaches().get(0)).isEqualTo(Approach.MOBILIZING);
        assertThat(result.purpose()).isEqualTo(Purpose.SOCIAL_INFLUENCE);
    }

    @Test
    void labelsASecondApproachOnlyWhenItIsClose() {
        Classification result = classifier.classify(PostInput.post("Energy security is not a niche issue, it is"
                + " the foundation of everything we do. That is why we are asking every supplier to sign our"
                + " transition pledge. Join us."));

        if (result.approaches().size() == 2) {
            double first = result.probabilities().get(result.approaches().get(0).id());
            double second = result.probabilities().get(result.approaches().get(1).id());
            assertThat(second).isGreaterThanOrEqualTo(TrainedPostClassifier.SECOND_LABEL_MINIMUM)
                    .isGreaterThanOrEqualTo(TrainedPostClassifier.SECOND_LABEL_SHARE * first);
            assertThat(result.cues()).extracting(Cue::label).contains(result.approaches().get(1).id());
        }
        assertThat(result.approaches()).hasSizeBetween(1, 2).doesNotHaveDuplicates();
    }
}
