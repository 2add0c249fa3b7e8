package io.rostrum.classify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.classify.approach.PostClassifier;
import io.rostrum.classify.features.PostInput;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.classify.reply.ReplyScorer;
import io.rostrum.events.Approach;
import io.rostrum.events.Author;
import io.rostrum.events.Classification;
import io.rostrum.events.Direction;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostClassified;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Purpose;
import io.rostrum.events.Reciprocity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostClassificationTests {

    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");
    private static final Author CEO = new Author("ceo", "ceo.example", "CEO", "CEO", 900, true);
    private static final Author ANALYST = new Author("ana", "ana.example", "Ana", "Equity analyst at Fund X", 90, false);

    private final List<PostInput> seen = new ArrayList<>();
    private final PostClassifier recording = post -> {
        seen.add(post);
        return new Classification(List.of(Approach.INFORMING), Map.of("informing", 1.0),
                Purpose.INFORMATION_PROCESSING, Reciprocity.NON_RECIPROCAL, Direction.CONVERGENCE, "test", List.of());
    };
    private final PostClassification classification = new PostClassification(recording,
            new ReplyScorer(TrainedModels.shipped()));

    @Test
    void readsAnExecutiveReplyWithTheStakeholderMessageItAnswers() {
        classification.classify(post("1", PostKind.EXECUTIVE_POST, CEO, null, "Q2 results are out."));
        classification.classify(post("2", PostKind.STAKEHOLDER_REPLY, ANALYST, "bluesky:1", "What drove margin?"));
        classification.classify(post("3", PostKind.EXECUTIVE_REPLY, CEO, "bluesky:2", "Mostly freight costs."));

        assertThat(seen.get(2)).isEqualTo(PostInput.reply("Mostly freight costs.", "What drove margin?"));
    }

    @Test
    void readsAnExecutiveContinuingTheirOwnThreadAsPosting() {
        classification.classify(post("1", PostKind.EXECUTIVE_POST, CEO, null, "Three lessons from our launch. 1/"));
        classification.classify(post("2", PostKind.EXECUTIVE_REPLY, CEO, "bluesky:1", "2/ Ship the boring parts first."));

        assertThat(seen.get(1)).isEqualTo(PostInput.post("2/ Ship the boring parts first."));
    }

    @Test
    void readsAReplyWhoseParentIsUnknownAsAReplyOnItsOwn() {
        classification.classify(post("9", PostKind.EXECUTIVE_REPLY, CEO, "bluesky:404", "Thanks, fixed now."));

        assertThat(seen.get(0)).isEqualTo(PostInput.reply("Thanks, fixed now.", null));
    }

    @Test
    void scoresStakeholderRepliesOnly() {
        PostClassified post = classification.classify(post("1", PostKind.EXECUTIVE_POST, CEO, null, "Results."));
        PostClassified reply = classification.classify(post("2", PostKind.STAKEHOLDER_REPLY, ANALYST, "bluesky:1",
                "Strong quarter, congratulations!"));

        assertThat(post.replyScore()).isNull();
        assertThat(reply.replyScore()).isNotNull();
    }

    private static PostObserved post(String id, PostKind kind, Author author, String parent, String text) {
        return PostObserved.observe("ceo", Platform.BLUESKY, id, kind, author, parent, parent, AT, text, "en", null,
                new MetricSnapshot(0, 0, 0, 0, AT));
    }
}
