package io.rostrum.classify.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A trained maximum-entropy model with its weights in reach: OpenNLP computes the probabilities, and the
 * per-feature weights say which features pushed the decision, which is what makes a label explainable.
 */
public final class LinearModel {

    private final AbstractModel model;
    private final Map<String, Context> weights;

    @SuppressWarnings("unchecked")
    LinearModel(AbstractModel model) {
        this.model = model;
        this.weights = (Map<String, Context>) model.getDataStructures()[1];
    }

    AbstractModel model() {
        return model;
    }

    public int outcomes() {
        return model.getNumOutcomes();
    }

    public String outcome(int index) {
        return model.getOutcome(index);
    }

    public int index(String outcome) {
        int index = model.getIndex(outcome);
        if (index < 0) {
            throw new IllegalArgumentException("the model knows no outcome " + outcome);
        }
        return index;
    }

    /** The weights of a post's features, looked up once for any number of explanations. */
    public Evidence evidence(String[] features) {
        Context[] contexts = new Context[features.length];
        for (int i = 0; i < features.length; i++) {
            contexts[i] = weights.get(features[i]);
        }
        return new Evidence(features, contexts, model.getNumOutcomes());
    }

    /** One post's features with their weights in this model. */
    public static final class Evidence {

        private final String[] features;
        private final Context[] contexts;
        private final int outcomes;

        private Evidence(String[] features, Context[] contexts, int outcomes) {
            this.features = features;
            this.contexts = contexts;
            this.outcomes = outcomes;
        }

        /**
         * One probability per outcome index, summing to 1: the softmax of the summed weights, which is what
         * OpenNLP's maximum-entropy models compute (a test holds the two equal), from the weights already looked up.
         */
        public double[] probabilities() {
            double[] scores = new double[outcomes];
            for (Context context : contexts) {
                if (context != null) {
                    int[] indices = context.getOutcomes();
                    double[] parameters = context.getParameters();
                    for (int i = 0; i < indices.length; i++) {
                        scores[indices[i]] += parameters[i];
                    }
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            for (double score : scores) {
                max = Math.max(max, score);
            }
            double total = 0;
            for (int i = 0; i < outcomes; i++) {
                scores[i] = Math.exp(scores[i] - max);
                total += scores[i];
            }
            for (int i = 0; i < outcomes; i++) {
                scores[i] /= total;
            }
            return scores;
        }

        /**
         * The features that pushed hardest toward {@code outcome} against {@code rival}: the difference of their
         * weights, strongest first, positive ones only.
         */
        public List<Contribution> strongestFor(int outcome, int rival, int limit) {
            List<Contribution> contributions = new ArrayList<>();
            for (int i = 0; i < features.length; i++) {
                if (contexts[i] != null) {
                    double push = weightOf(contexts[i], outcome) - weightOf(contexts[i], rival);
                    if (push > 0) {
                        contributions.add(new Contribution(features[i], push));
                    }
                }
            }
            contributions.sort(Comparator.comparingDouble(Contribution::weight).reversed());
            return contributions.size() > limit ? contributions.subList(0, limit) : contributions;
        }
    }

    private static double weightOf(Context context, int outcome) {
        int[] outcomes = context.getOutcomes();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] == outcome) {
                return context.getParameters()[i];
            }
        }
        return 0;
    }

    /** How much one feature pushed a decision. */
    public record Contribution(String feature, double weight) {
    }
}
