package io.rostrum.classify.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.classify.approach.TrainedPostClassifier;
import io.rostrum.classify.model.LabelledPost;
import io.rostrum.classify.model.LabelledExamples;
import io.rostrum.classify.model.TrainedModels;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model on the held-out split, the figures the README reports. */
class HeldOutEvaluationTests {

    @Test
    void theShippedModelMeetsItsTargetsOnTheHeldOutSplit() {
        List<LabelledPost> heldOut = LabelledExamples.read(Path.of("corpus/test.jsonl"));

        Evaluation evaluation = Evaluation.of(new TrainedPostClassifier(TrainedModels.shipped()), heldOut);

        assertThat(evaluation.macroF1()).as("macro-F1").isGreaterThanOrEqualTo(0.80);
        assertThat(evaluation.reciprocityAccuracy()).as("reciprocity accuracy").isGreaterThanOrEqualTo(0.90);
    }
}
