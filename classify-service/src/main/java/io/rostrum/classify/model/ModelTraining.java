package io.rostrum.classify.model;

import io.rostrum.classify.features.FeatureExtractor;
import io.rostrum.classify.features.ReplyFeatures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the four models from the labelled corpus with OpenNLP's maximum-entropy trainer (L-BFGS with L2 regularisation;
 * see docs/decisions/0007). Single-threaded and in-memory, so the same corpus always gives
 * the same artifacts. The build runs {@link #main} after compiling, writing into the jar's classes.
 */
public final class ModelTraining {

    /** Regularisation and features chosen by cross-validation on the training split only (docs/decisions/0007). */
    static final double L1_COST = 0.0;
    static final double L2_COST = 0.5;
    static final int MINIMUM_FEATURE_COUNT = 2;
    static final int MAXIMUM_FUNCTION_EVALUATIONS = 3_000;

    private final FeatureExtractor features = new FeatureExtractor();
    private final ReplyFeatures replyFeatures = new ReplyFeatures();
    private final TrainingParameters parameters;

    public ModelTraining() {
        this(L1_COST, L2_COST, MINIMUM_FEATURE_COUNT);
    }

    ModelTraining(double l1Cost, double l2Cost, int minimumFeatureCount) {
        parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        parameters.put(TrainingParameters.CUTOFF_PARAM, minimumFeatureCount);
        parameters.put(TrainingParameters.THREADS_PARAM, 1);
        parameters.put(QNTrainer.L1COST_PARAM, l1Cost);
        parameters.put(QNTrainer.L2COST_PARAM, l2Cost);
        parameters.put(QNTrainer.MAX_FCT_EVAL_PARAM, MAXIMUM_FUNCTION_EVALUATIONS);
        parameters.put("DataIndexer", "OnePass");
        parameters.put("PrintMessages", false);
    }

    public TrainedModels train(List<LabelledPost> posts, List<LabelledReply> replies) {
        List<String[]> postFeatures = posts.stream().map(post -> features.features(post.input())).toList();
        List<String[]> replyFeatures = replies.stream()
                .map(reply -> this.replyFeatures.read(reply.text(), reply.parentText()).features()).toList();
        return TrainedModels.of(train(posts, postFeatures, post -> post.approach().id()),
                train(posts, postFeatures, post -> post.reciprocity().id()),
                train(replies, replyFeatures, reply -> reply.sentiment().id()),
                train(replies, replyFeatures, reply -> reply.stance().id()));
    }

    private <T> AbstractModel train(List<T> examples, List<String[]> features, Function<T, String> outcome) {
        List<Event> events = new ArrayList<>(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            events.add(new Event(outcome.apply(examples.get(i)), features.get(i)));
        }
        EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
        try {
            return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new IllegalStateException("training failed: " + e.getMessage(), e);
        }
    }

    /** {@code ModelTraining POSTS.jsonl REPLIES.jsonl OUTPUT_DIRECTORY}: trains and writes the artifacts. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ModelTraining POSTS.jsonl REPLIES.jsonl OUTPUT_DIRECTORY");
        }
        List<LabelledPost> posts = LabelledExamples.read(Path.of(args[0]));
        List<LabelledReply> replies = LabelledExamples.read(Path.of(args[1]), LabelledReply.class);
        TrainedModels models = new ModelTraining().train(posts, replies);
        models.writeTo(Path.of(args[2]));
        System.out.printf("Trained %s on %d labelled posts from %s and %d labelled replies from %s%n",
                models.version(), posts.size(), args[0], replies.size(), args[1]);
    }
}
