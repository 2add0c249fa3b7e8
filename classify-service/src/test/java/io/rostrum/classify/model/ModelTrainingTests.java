package io.rostrum.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTrainingTests {

    static final Path TRAIN = Path.of("corpus/train.jsonl");

    @Test
    void theShippedModelIsWhatTheCorpusTrains() {
        List<LabelledPost> corpus = LabelledPosts.read(TRAIN);

        TrainedModels retrained = new ModelTraining().train(corpus);

        assertThat(retrained.version()).isEqualTo(TrainedModels.shipped().version()).startsWith("maxent-");
    }

    @Test
    void trainingTwiceGivesTheSameArtifactsByteForByte() {
        List<LabelledPost> corpus = LabelledPosts.read(TRAIN);

        TrainedModels first = new ModelTraining().train(corpus);
        TrainedModels second = new ModelTraining().train(corpus);

        assertThat(TrainedModels.bytes(first.approach().model()))
                .isEqualTo(TrainedModels.bytes(second.approach().model()));
        assertThat(TrainedModels.bytes(first.reciprocity().model()))
                .isEqualTo(TrainedModels.bytes(second.reciprocity().model()));
    }
}
