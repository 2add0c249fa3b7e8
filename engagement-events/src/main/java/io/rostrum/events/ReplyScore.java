package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a stakeholder reply reads and who wrote it.
 *
 * @param sentiment        VADER's compound sentiment in [-1, 1]
 * @param polarity         how the reply reads, by the trained reply model; null in events written before it existed
 * @param stakeholderGroup who wrote it, from their profile text
 * @param stance           where the reply stands toward the executive; null in events written before stance existed
 * @param cues             the evidence behind sentiment, stance and group; empty in events written before cues existed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplyScore(double sentiment, @Nullable Polarity polarity, StakeholderGroup stakeholderGroup,
                         @Nullable Stance stance,
                         @Nullable List<Cue> cues) {

    public ReplyScore {
        if (sentiment < -1 || sentiment > 1) {
            throw new IllegalArgumentException("sentiment must lie in [-1, 1], was " + sentiment);
        }
        Events.required(stakeholderGroup, "stakeholderGroup");
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
