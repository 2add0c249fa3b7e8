package io.rostrum.classify.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rostrum.classify.features.FeatureExtractor;
import io.rostrum.classify.features.PostInput;
import io.rostrum.events.Cue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelTests {

    private final TrainedModels models = TrainedModels.shipped();
    private final FeatureExtractor extractor = new FeatureExtractor();

    @Test
    void computesTheSameProbabilitiesAsOpenNlpFromTheWeightsItLookedUp() {
        for (LabelledPost post : LabelledExamples.read(Path.of("corpus/test.jsonl"))) {
            String[] features = extractor.features(post.input());
            for (LinearModel model : new LinearModel[] {models.approach(), models.reciprocity()}) {
                double[] ours = model.evidence(features).probabilities();
                double[] openNlp = model.model().eval(features);
                for (int i = 0; i < ours.length; i++) {
                    assertThat(ours[i]).isCloseTo(openNlp[i], within(1e-9));
                }
            }
        }
    }

    @Test
    void explainsWithTheFeaturesThatFavourTheOutcomeOverItsRival() {
        LinearModel approaches = models.approach();
        int celebrating = approaches.index("celebrating");
        int informing = approaches.index("informing");

        List<Cue> cues = approaches.evidence(extractor.features(PostInput.post(
                "So proud of this team! What a milestone 🎉"))).cues(celebrating, informing, 3, "celebrating");

        assertThat(cues).hasSizeBetween(1, 3).allSatisfy(cue -> {
            assertThat(cue.weight()).isPositive();
            assertThat(cue.label()).isEqualTo("celebrating");
        });
        assertThat(cues).isSortedAccordingTo((a, b) -> Double.compare(b.weight(), a.weight()));
    }
}
