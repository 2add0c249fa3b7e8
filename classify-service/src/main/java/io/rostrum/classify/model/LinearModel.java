package io.rostrum.classify.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import io.rostrum.classify.features.FeatureNames;
import io.rostrum.events.Cue;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.jspecify.annotations.Nullable;

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
        private double @Nullable [] probabilities;

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
            if (probabilities == null) {
                probabilities = softmaxOfWeights();
            }
            return probabilities;
        }

        /** Outcome indices, most probable first. */
        public int[] ranking() {
            double[] byOutcome = probabilities();
            int[] ranking = new int[outcomes];
            // insertion sort: a handful of outcomes, on the hot path of every post
            for (int i = 0; i < outcomes; i++) {
                int j = i;
                while (j > 0 && byOutcome[ranking[j - 1]] < byOutcome[i]) {
                    ranking[j] = ranking[j - 1];
                    j--;
                }
                ranking[j] = i;
            }
            return ranking;
        }

        private double[] softmaxOfWeights() {
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
         * The cues for choosing {@code outcome} over {@code rival}: the features whose weights favour it most,
         * strongest first, as readable text, labelled {@code label}.
         */
        public List<Cue> cues(int outcome, int rival, int limit, String label) {
            Map<String, Double> byCue = new LinkedHashMap<>();
            for (Contribution contribution : strongestFor(outcome, rival, limit)) {
                // a word and a one-word cue phrase read the same; show it once
                byCue.merge(FeatureNames.readable(contribution.feature()), contribution.weight(), Double::sum);
            }
            return byCue.entrySet().stream()
                    .map(cue -> new Cue(cue.getKey(), label, Math.round(cue.getValue() * 1000) / 1000.0))
                    .toList();
        }

        /**
         * The features that pushed hardest toward {@code outcome} against {@code rival}: the difference of their
         * weights, strongest first, positive ones only.
         */
        List<Contribution> strongestFor(int outcome, int rival, int limit) {
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
    record Contribution(String feature, double weight) {
    }
}
