package io.rostrum.classify.reply;

import io.rostrum.classify.features.ReplyFeatures;
import io.rostrum.classify.model.LinearModel;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.events.Cue;
import io.rostrum.events.Identified;
import io.rostrum.events.Polarity;
import io.rostrum.events.ReplyScore;
import io.rostrum.events.Stance;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Scores a stakeholder reply: how it reads and where it stands (the trained reply models, which read VADER's
 * verdict together with the words and the post replied to), and which stakeholder group wrote it (the profile).
 * The sentiment number stays VADER's compound score, the measure the reputation score is defined on
 * (ARCHITECTURE.md); the polarity is the trained model's call, which agrees with people far more often.
 */
public final class ReplyScorer {

    private static final int CUES = 3;

    private final ReplyFeatures features = new ReplyFeatures();
    private final StakeholderGroups groups = new StakeholderGroups();
    private final TrainedModels models;

    public ReplyScorer(TrainedModels models) {
        this.models = models;
    }

    public ReplyScore score(String text, @Nullable String parentText, @Nullable String authorProfile) {
        ReplyFeatures.Read read = features.read(text, parentText);
        String[] replyFeatures = read.features();
        LinearModel.Evidence sentiment = models.sentiment().evidence(replyFeatures);
        LinearModel.Evidence stance = models.stance().evidence(replyFeatures);
        int polarity = sentiment.ranking()[0];
        int position = stance.ranking()[0];

        List<Cue> cues = new ArrayList<>(cues(sentiment, models.sentiment()));
        cues.addAll(cues(stance, models.stance()));
        StakeholderGroups.Inference group = groups.infer(authorProfile);
        if (group.cue() != null) {
            cues.add(group.cue());
        }
        Polarity reads = Identified.fromId(Polarity.class, models.sentiment().outcome(polarity));
        return new ReplyScore(read.vaderCompound(), reads, group.group(), Identified.fromId(Stance.class, models.stance().outcome(position)), cues);
    }

    /** The cues for the model's choice against its runner-up. */
    private static List<Cue> cues(LinearModel.Evidence evidence, LinearModel model) {
        int[] ranking = evidence.ranking();
        return evidence.cues(ranking[0], ranking[1], CUES, model.outcome(ranking[0]));
    }
}
