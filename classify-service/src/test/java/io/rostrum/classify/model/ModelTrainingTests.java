package io.rostrum.classify.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTrainingTests {

    static final Path TRAIN = Path.of("corpus/train.jsonl");
    static final Path REPLIES = Path.of("corpus/reply-train.jsonl");

    @Test
    void theShippedModelIsWhatTheCorpusTrains() {
        TrainedModels retrained = new ModelTraining().train(LabelledExamples.read(TRAIN), replies());

        assertThat(retrained.version()).isEqualTo(TrainedModels.shipped().version()).startsWith("maxent-");
    }

    @Test
    void trainingTwiceGivesTheSameArtifactsByteForByte() {
        List<LabelledPost> corpus = LabelledExamples.read(TRAIN);

        TrainedModels first = new ModelTraining().train(corpus, replies());
        TrainedModels second = new ModelTraining().train(corpus, replies());

        assertThat(TrainedModels.bytes(first.approach().model()))
                .isEqualTo(TrainedModels.bytes(second.approach().model()));
        assertThat(TrainedModels.bytes(first.reciprocity().model()))
                .isEqualTo(TrainedModels.bytes(second.reciprocity().model()));
        assertThat(TrainedModels.bytes(first.sentiment().model()))
                .isEqualTo(TrainedModels.bytes(second.sentiment().model()));
        assertThat(first.version()).isEqualTo(second.version());
    }

    private static List<LabelledReply> replies() {
        return LabelledExamples.read(REPLIES, LabelledReply.class);
    }
}
