package io.rostrum.classify.reply;

import io.rostrum.events.Cue;
import io.rostrum.events.ReplyScore;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Scores a stakeholder reply: how it reads (VADER), where it stands, and which stakeholder group wrote it. */
public final class ReplyScorer {

    private final VaderSentiment sentiment = new VaderSentiment();
    private final Stances stances = new Stances();
    private final StakeholderGroups groups = new StakeholderGroups();

    public ReplyScore score(String text, @Nullable String authorProfile) {
        double compound = sentiment.compound(text);
        Stances.Judgement stance = stances.judge(text, compound);
        StakeholderGroups.Inference group = groups.infer(authorProfile);
        List<Cue> cues = new ArrayList<>(sentiment.cues(text));
        cues.addAll(stance.cues());
        if (group.cue() != null) {
            cues.add(group.cue());
        }
        return new ReplyScore(compound, group.group(), stance.stance(), cues);
    }

    /** positive, negative or neutral, by VADER's thresholds on the compound score. */
    public static String polarity(double compound) {
        return VaderSentiment.polarity(compound);
    }
}
