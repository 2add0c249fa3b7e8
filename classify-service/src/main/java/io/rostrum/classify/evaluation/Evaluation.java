package io.rostrum.classify.evaluation;

import io.rostrum.classify.approach.PostClassifier;
import io.rostrum.classify.model.LabelledPost;
import io.rostrum.events.Approach;
import io.rostrum.events.Classification;
import java.util.List;

/**
 * Scores a classifier against labelled posts: the primary approach against the label, reciprocity against
 * its label. Macro-F1 is the unweighted mean of the six per-approach F1 scores, so a rare approach counts as
 * much as a common one.
 */
public record Evaluation(int[][] confusion, int reciprocityCorrect, int total) {

    private static final int APPROACHES = Approach.values().length;

    public static Evaluation of(PostClassifier classifier, List<LabelledPost> posts) {
        int[][] confusion = new int[APPROACHES][APPROACHES];
        int reciprocityCorrect = 0;
        for (LabelledPost post : posts) {
            Classification result = classifier.classify(post.input());
            confusion[post.approach().ordinal()][result.approaches().get(0).ordinal()]++;
            if (result.reciprocity() == post.reciprocity()) {
                reciprocityCorrect++;
            }
        }
        return new Evaluation(confusion, reciprocityCorrect, posts.size());
    }

    public int support(Approach approach) {
        int support = 0;
        for (int predicted = 0; predicted < APPROACHES; predicted++) {
            support += confusion[approach.ordinal()][predicted];
        }
        return support;
    }

    public double precision(Approach approach) {
        int predicted = 0;
        for (int actual = 0; actual < APPROACHES; actual++) {
            predicted += confusion[actual][approach.ordinal()];
        }
        return ratio(confusion[approach.ordinal()][approach.ordinal()], predicted);
    }

    public double recall(Approach approach) {
        return ratio(confusion[approach.ordinal()][approach.ordinal()], support(approach));
    }

    public double f1(Approach approach) {
        double precision = precision(approach);
        double recall = recall(approach);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public double macroF1() {
        double sum = 0;
        for (Approach approach : Approach.values()) {
            sum += f1(approach);
        }
        return sum / APPROACHES;
    }

    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < APPROACHES; i++) {
            correct += confusion[i][i];
        }
        return ratio(correct, total);
    }

    public double reciprocityAccuracy() {
        return ratio(reciprocityCorrect, total);
    }

    public int count(Approach labelled, Approach predicted) {
        return confusion[labelled.ordinal()][predicted.ordinal()];
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
