package io.rostrum.classify.approach;

import io.rostrum.classify.features.FeatureExtractor;
import io.rostrum.classify.features.PostInput;
import io.rostrum.classify.model.LinearModel;
import io.rostrum.classify.model.TrainedModels;
import io.rostrum.events.Approach;
import io.rostrum.events.Classification;
import io.rostrum.events.Cue;
import io.rostrum.events.Identified;
import io.rostrum.events.Reciprocity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classifies a post with the trained models: the approach model gives the six probabilities, the reciprocity
 * model reads the same features (text and thread), and the heaviest feature weights become the cues.
 */
public final class TrainedPostClassifier implements PostClassifier {

    /** A second approach is labelled when it is at least this probable... */
    static final double SECOND_LABEL_MINIMUM = 0.25;
    /** ...and at least this share of the first one's probability. */
    static final double SECOND_LABEL_SHARE = 0.5;
    private static final int PRIMARY_CUES = 6;
    private static final int SECONDARY_CUES = 3;
    private static final int RECIPROCITY_CUES = 3;

    private final FeatureExtractor extractor = new FeatureExtractor();
    private final TrainedModels models;
    private final Approach[] approachAt;
    private final int reciprocalIndex;

    public TrainedPostClassifier(TrainedModels models) {
        this.models = models;
        LinearModel approaches = models.approach();
        approachAt = new Approach[approaches.outcomes()];
        for (int i = 0; i < approachAt.length; i++) {
            approachAt[i] = Identified.fromId(Approach.class, approaches.outcome(i));
        }
        reciprocalIndex = models.reciprocity().index(Reciprocity.RECIPROCAL.id());
    }

    @Override
    public Classification classify(PostInput post) {
        String[] features = extractor.features(post);
        LinearModel.Evidence evidence = models.approach().evidence(features);
        double[] probabilities = evidence.probabilities();
        int[] ranked = evidence.ranking();
        int first = ranked[0];
        int second = ranked[1];
        boolean secondLabelled = probabilities[second] >= SECOND_LABEL_MINIMUM
                && probabilities[second] >= SECOND_LABEL_SHARE * probabilities[first];

        List<Cue> cues = new ArrayList<>(evidence.cues(first, second, PRIMARY_CUES, approachAt[first].id()));
        List<Approach> labels = new ArrayList<>(List.of(approachAt[first]));
        if (secondLabelled) {
            labels.add(approachAt[second]);
            int third = ranked[2];
            cues.addAll(evidence.cues(second, third, SECONDARY_CUES, approachAt[second].id()));
        }
        LinearModel.Evidence reciprocityEvidence = models.reciprocity().evidence(features);
        double reciprocal = reciprocityEvidence.probabilities()[reciprocalIndex];
        Reciprocity reciprocity = reciprocal >= 0.5 ? Reciprocity.RECIPROCAL : Reciprocity.NON_RECIPROCAL;
        int chosen = models.reciprocity().index(reciprocity.id());
        cues.addAll(reciprocityEvidence.cues(chosen, 1 - chosen, RECIPROCITY_CUES, reciprocity.id()));

        Map<Approach, Double> byApproach = new EnumMap<>(Approach.class);
        for (int i = 0; i < probabilities.length; i++) {
            byApproach.put(approachAt[i], probabilities[i]);
        }
        return new Classification(labels, byId(byApproach), Dimensions.purpose(byApproach), reciprocity,
                Dimensions.direction(byApproach), models.version(), cues);
    }

    private static Map<String, Double> byId(Map<Approach, Double> probabilities) {
        Map<String, Double> byId = new LinkedHashMap<>();
        probabilities.forEach((approach, probability) -> byId.put(approach.id(), probability));
        return byId;
    }
}
