package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One piece of evidence behind a label, so a reader can see why the model decided as it did.
 *
 * @param cue    what was found, readable: a word, a phrase or a structural feature ("asks a question")
 * @param label  the label this cue pushed towards, by its id ("celebrating", "reciprocal", "investors")
 * @param weight how strongly it pushed; positive for, negative against
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Cue(String cue, String label, double weight) {

    public Cue {
        Events.requiredText(cue, "cue");
        Events.requiredText(label, "label");
    }
}
