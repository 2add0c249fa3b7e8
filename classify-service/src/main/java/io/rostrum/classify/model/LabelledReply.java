package io.rostrum.classify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.rostrum.events.Polarity;
import io.rostrum.events.StakeholderGroup;
import io.rostrum.events.Stance;
import org.jspecify.annotations.Nullable;

/**
 * One hand-labelled stakeholder reply, as a line of the reply corpus.
 *
 * @param parentText the executive post it replies to
 * @param sentiment  how the reply reads
 * @param stance     where it stands toward the executive
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledReply(@Nullable String id, String text, @JsonProperty("parent_text") @Nullable String parentText,
                            @JsonProperty("author_profile") @Nullable String authorProfile,
                            @JsonProperty("stakeholder_group") StakeholderGroup stakeholderGroup,
                            Polarity sentiment, Stance stance) {

    public LabelledReply {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
        if (stakeholderGroup == null || sentiment == null || stance == null) {
            throw new IllegalArgumentException("stakeholder_group, sentiment and stance are required");
        }
    }
}
