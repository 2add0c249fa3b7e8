package io.rostrum.classify.approach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.Classification;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Reciprocity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LexiconClassifierTests {

    private final LexiconClassifier classifier = new LexiconClassifier();

    @Test
    void labelsResultsWithFiguresAsInforming() {
        Classification result = classifier.classify(post(PostKind.EXECUTIVE_POST,
                "Q3 results are published today: revenue up 8 percent, full report on our investor site."));

        assertThat(result.approaches()).first().isEqualTo(Approach.INFORMING);
        assertThat(result.reciprocity()).isEqualTo(Reciprocity.NON_RECIPROCAL);
    }

    @Test
    void labelsEvasionAsObfuscating() {
        Classification result = classifier.classify(post(PostKind.EXECUTIVE_POST,
                "Plenty of speculation out there. No comment on rumours; we will say more in due course."));

        assertThat(result.approaches()).first().isEqualTo(Approach.OBFUSCATING);
    }

    @Test
    void labelsAnAnswerToAStakeholderAsReciprocalDialogue() {
        Classification result = classifier.classify(post(PostKind.EXECUTIVE_REPLY,
                "Good question, Dana. What would you want to see in the next update?"));

        assertThat(result.approaches()).first().isEqualTo(Approach.DIALOGUING);
        assertThat(result.reciprocity()).isEqualTo(Reciprocity.RECIPROCAL);
    }

    @Test
    void labelsTwoApproachesWhenAPostCombinesThem() {
        Classification result = classifier.classify(post(PostKind.EXECUTIVE_POST,
                "We believe the future of energy is local. Join us and sign the community pledge."));

        assertThat(result.approaches()).containsExactlyInAnyOrder(Approach.FRAMING, Approach.MOBILIZING);
    }

    @Test
    void givesEveryApproachAProbabilityAndTheySumToOne() {
        Classification result = classifier.classify(post(PostKind.EXECUTIVE_POST, "Proud of this team! 🎉"));

        assertThat(result.probabilities()).hasSize(6);
        assertThat(result.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, within(1e-9));
        assertThat(result.approaches()).first().isEqualTo(Approach.CELEBRATING);
    }

    static PostObserved post(PostKind kind, String text) {
        Instant at = Instant.parse("2026-06-01T09:00:00Z");
        return PostObserved.observe("ceo-test", Platform.MASTODON, Long.toString(text.hashCode() & 0xffff), kind,
                new Author("1", "ceo@test.example", "Test CEO", "CEO", 1000, true),
                kind == PostKind.EXECUTIVE_POST ? null : "mastodon:1", null, at, text, "en", null,
                new MetricSnapshot(0, 0, 0, 0, at));
    }
}
