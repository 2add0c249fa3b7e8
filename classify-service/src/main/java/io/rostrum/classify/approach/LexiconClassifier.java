package io.rostrum.classify.approach;

import io.rostrum.events.Approach;
import io.rostrum.events.Classification;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.events.Reciprocity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A first, transparent classifier: it adds up the weights of the taxonomy's cue phrases found in a post, turns
 * the evidence into probabilities with a softmax, and labels the post with its most probable approach (and a
 * close second). Neutral declaratives carry a little informing evidence, as the taxonomy describes them.
 */
@Component
public class LexiconClassifier implements PostClassifier {

    static final String NAME = "lexicon-0.1";
    private static final double NEUTRAL_INFORMING_EVIDENCE = 0.5;
    private static final double ANSWERING_STAKEHOLDER_EVIDENCE = 1.0;
    private static final double SHARPNESS = 1.6;
    /** A second approach is labelled when it has at least this share of the first one's evidence... */
    private static final double SECOND_LABEL_SHARE = 0.5;
    /** ...and at least one full cue of its own. */
    private static final double SECOND_LABEL_MINIMUM = 1.0;

    @Override
    public Classification classify(PostObserved post) {
        Map<Approach, Double> evidence = evidence(post);
        Map<Approach, Double> probabilities = softmax(evidence);
        List<Approach> ranked = new ArrayList<>(probabilities.keySet());
        ranked.sort(Comparator.comparing(probabilities::get).reversed());
        Approach top = ranked.get(0);
        double second = evidence.get(ranked.get(1));
        List<Approach> labels = second >= SECOND_LABEL_MINIMUM && second >= SECOND_LABEL_SHARE * evidence.get(top)
                ? List.of(top, ranked.get(1)) : List.of(top);
        Map<String, Double> byId = new LinkedHashMap<>();
        probabilities.forEach((approach, probability) -> byId.put(approach.id(), probability));
        Reciprocity reciprocity = post.kind() == PostKind.EXECUTIVE_REPLY || post.kind() == PostKind.STAKEHOLDER_REPLY
                ? Reciprocity.RECIPROCAL : top.defaultReciprocity();
        return new Classification(labels, byId, top.defaultPurpose(), reciprocity, top.defaultDirection(), NAME);
    }

    private static Map<Approach, Double> evidence(PostObserved post) {
        String raw = post.text().toLowerCase(Locale.ROOT);
        String words = " " + raw.replaceAll("[^\\p{L}\\p{N}%'-]+", " ").trim() + " ";
        Map<Approach, Double> evidence = new EnumMap<>(Approach.class);
        ApproachCues.CUES.forEach((approach, cues) -> evidence.put(approach, cues.stream()
                .filter(cue -> isWordCue(cue.phrase()) ? words.contains(" " + cue.phrase() + " ")
                        : raw.contains(cue.phrase()))
                .mapToDouble(ApproachCues.Cue::weight).sum()));
        evidence.merge(Approach.INFORMING, NEUTRAL_INFORMING_EVIDENCE, Double::sum);
        if (post.kind() == PostKind.EXECUTIVE_REPLY) {
            evidence.merge(Approach.DIALOGUING, ANSWERING_STAKEHOLDER_EVIDENCE, Double::sum);
        }
        return evidence;
    }

    private static boolean isWordCue(String phrase) {
        return Character.isLetterOrDigit(phrase.charAt(0));
    }

    private static Map<Approach, Double> softmax(Map<Approach, Double> evidence) {
        double max = evidence.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<Approach, Double> weights = new EnumMap<>(Approach.class);
        evidence.forEach((approach, value) -> weights.put(approach, Math.exp(SHARPNESS * (value - max))));
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        weights.replaceAll((approach, weight) -> weight / total);
        return weights;
    }
}
