package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the classifier concluded about one post.
 *
 * @param approaches    the approaches the post takes, most probable first; never empty
 * @param probabilities one probability per approach id, summing to 1
 * @param classifier    name and version of the classifier, so figures can be traced to the model that made them
 * @param cues          the evidence behind the labels, strongest first; empty in events written before cues existed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Classification(List<Approach> approaches, Map<String, Double> probabilities, Purpose purpose,
                             Reciprocity reciprocity, Direction direction, String classifier,
                             @Nullable List<Cue> cues) {

    public Classification {
        approaches = List.copyOf(Events.required(approaches, "approaches"));
        if (approaches.isEmpty()) {
            throw new IllegalArgumentException("a classification carries at least one approach");
        }
        probabilities = Map.copyOf(Events.required(probabilities, "probabilities"));
        Events.required(purpose, "purpose");
        Events.required(reciprocity, "reciprocity");
        Events.required(direction, "direction");
        Events.requiredText(classifier, "classifier");
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
