package io.rostrum.classify.model;

import io.rostrum.classify.approach.TrainedPostClassifier;
import io.rostrum.classify.evaluation.Evaluation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the training settings were chosen (docs/decisions/0007): k-fold cross-validation on the training split
 * only, so the held-out split stays unseen. Not part of the suite; run with
 * {@code ./mvnw -pl classify-service exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.rostrum.classify.model.CrossValidation}.
 */
public final class CrossValidation {

    private static final int FOLDS = 5;

    private CrossValidation() {
    }

    public static void main(String[] args) {
        List<LabelledPost> corpus = LabelledExamples.read(Path.of(args.length > 0 ? args[0] : "corpus/train.jsonl"));
        double[] l1Costs = {0.0, 0.02, 0.05, 0.1};
        double[] l2Costs = {0.1, 0.5, 1.0, 2.0};
        int[] cutoffs = {1, 2};
        for (int cutoff : cutoffs) {
            for (double l1 : l1Costs) {
                for (double l2 : l2Costs) {
                    double[] scores = score(corpus, new ModelTraining(l1, l2, cutoff));
                    System.out.printf(Locale.ROOT, "cutoff %d  L1 %.2f  L2 %.2f  macro-F1 %.3f  reciprocity %.3f%n",
                            cutoff, l1, l2, scores[0], scores[1]);
                }
            }
        }
    }

    /** Mean macro-F1 and reciprocity accuracy over the folds. */
    static double[] score(List<LabelledPost> corpus, ModelTraining training) {
        double macroF1 = 0;
        double reciprocity = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledPost> train = new ArrayList<>();
            List<LabelledPost> validate = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                (i % FOLDS == fold ? validate : train).add(corpus.get(i));
            }
            Evaluation evaluation = Evaluation.of(new TrainedPostClassifier(training.train(train, List.of())),
                    validate);
            macroF1 += evaluation.macroF1() / FOLDS;
            reciprocity += evaluation.reciprocityAccuracy() / FOLDS;
        }
        return new double[] {macroF1, reciprocity};
    }
}
