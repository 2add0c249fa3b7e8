package io.rostrum.classify.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rostrum.classify.approach.PostClassifier;
import io.rostrum.classify.model.LabelledPost;
import io.rostrum.events.Approach;
import io.rostrum.events.Classification;
import io.rostrum.events.Direction;
import io.rostrum.events.Purpose;
import io.rostrum.events.Reciprocity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTests {

    /** Calls every post informing and non-reciprocal, whatever it says. */
    private final PostClassifier alwaysInforming = post -> new Classification(List.of(Approach.INFORMING),
            Map.of("informing", 1.0), Purpose.INFORMATION_PROCESSING, Reciprocity.NON_RECIPROCAL,
            Direction.CONVERGENCE, "constant", List.of());

    @Test
    void scoresEachApproachAndAveragesF1WithoutWeighting() {
        List<LabelledPost> posts = List.of(
                labelled(Approach.INFORMING, Reciprocity.NON_RECIPROCAL),
                labelled(Approach.INFORMING, Reciprocity.NON_RECIPROCAL),
                labelled(Approach.CELEBRATING, Reciprocity.NON_RECIPROCAL),
                labelled(Approach.DIALOGUING, Reciprocity.RECIPROCAL));

        Evaluation evaluation = Evaluation.of(alwaysInforming, posts);

        assertThat(evaluation.precision(Approach.INFORMING)).isEqualTo(0.5);
        assertThat(evaluation.recall(Approach.INFORMING)).isEqualTo(1.0);
        assertThat(evaluation.f1(Approach.INFORMING)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(evaluation.f1(Approach.CELEBRATING)).isZero();
        assertThat(evaluation.macroF1()).isCloseTo(2 / 3.0 / 6, within(1e-9));
        assertThat(evaluation.count(Approach.DIALOGUING, Approach.INFORMING)).isEqualTo(1);
        assertThat(evaluation.reciprocityAccuracy()).isEqualTo(0.75);
    }

    @Test
    void theReportEndsWithTheMacroF1Line() {
        Evaluation evaluation = Evaluation.of(alwaysInforming, List.of(labelled(Approach.INFORMING,
                Reciprocity.NON_RECIPROCAL), labelled(Approach.FRAMING, Reciprocity.NON_RECIPROCAL)));

        String report = EvaluationReport.format(evaluation, "file.jsonl", "constant");

        assertThat(report).contains("confusion matrix", "reciprocity accuracy: 1.000 (2/2)", "framing");
        assertThat(report.lines().reduce((first, second) -> second)).hasValue("macro-F1: 0.111");
    }

    private static LabelledPost labelled(Approach approach, Reciprocity reciprocity) {
        return new LabelledPost(null, "some text", "post", null, approach, null, reciprocity);
    }
}
