package io.rostrum.classify.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.rostrum.classify.features.PostInput;
import io.rostrum.events.Approach;
import io.rostrum.events.Reciprocity;
import org.jspecify.annotations.Nullable;

/**
 * One hand-labelled executive post or reply, as a line of the corpus or of an evaluation file.
 *
 * @param kind          {@code post} or {@code reply} (the executive replying to someone)
 * @param inReplyToText the message a reply answers, when known
 * @param approach      the primary approach
 * @param secondary     a second approach clearly present too, if any
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledPost(@Nullable String id, String text, String kind,
                           @JsonProperty("in_reply_to_text") @Nullable String inReplyToText, Approach approach,
                           @Nullable Approach secondary, Reciprocity reciprocity) {

    public LabelledPost {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
        if (!"post".equals(kind) && !"reply".equals(kind)) {
            throw new IllegalArgumentException("kind must be post or reply, was " + kind);
        }
        if (approach == null) {
            throw new IllegalArgumentException("approach is required");
        }
        if (reciprocity == null) {
            throw new IllegalArgumentException("reciprocity is required");
        }
    }

    public PostInput input() {
        return new PostInput(text, "reply".equals(kind), inReplyToText);
    }
}
