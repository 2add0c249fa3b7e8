package io.rostrum.classify.reply;

import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.ReplyScore;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Scores stakeholder replies: how they read, and which stakeholder group wrote them. */
@Component
public class ReplyScorer {

    private final SentimentLexicon sentiment = new SentimentLexicon();
    private final StakeholderGroups groups = new StakeholderGroups();

    /** A score for a stakeholder reply; nothing for the executive's own posts. */
    public Optional<ReplyScore> score(PostObserved post) {
        if (post.kind() != PostKind.STAKEHOLDER_REPLY) {
            return Optional.empty();
        }
        return Optional.of(new ReplyScore(sentiment.compound(post.text()), groups.infer(post.author().profileText())));
    }
}
