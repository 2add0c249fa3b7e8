package io.rostrum.classify.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rostrum.classify.features.FeatureExtractor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LinearModelTests {

    private final TrainedModels models = TrainedModels.shipped();
    private final FeatureExtractor extractor = new FeatureExtractor();

    @Test
    void computesTheSameProbabilitiesAsOpenNlpFromTheWeightsItLookedUp() {
        for (LabelledPost post : LabelledPosts.read(Path.of("corpus/test.jsonl"))) {
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

        var strongest = approaches.evidence(extractor.features(io.rostrum.classify.features.PostInput.post(
                "So proud of this team! What a milestone 🎉"))).strongestFor(celebrating, informing, 3);

        assertThat(strongest).hasSizeBetween(1, 3).allSatisfy(contribution ->
                assertThat(contribution.weight()).isPositive());
        assertThat(strongest).isSortedAccordingTo((a, b) -> Double.compare(b.weight(), a.weight()));
    }
}
