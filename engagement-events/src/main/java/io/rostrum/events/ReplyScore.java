package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * How a stakeholder reply reads and who wrote it.
 *
 * @param sentiment compound sentiment in [-1, 1]
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplyScore(double sentiment, StakeholderGroup stakeholderGroup) {

    public ReplyScore {
        if (sentiment < -1 || sentiment > 1) {
            throw new IllegalArgumentException("sentiment must lie in [-1, 1], was " + sentiment);
        }
        Events.required(stakeholderGroup, "stakeholderGroup");
    }
}
