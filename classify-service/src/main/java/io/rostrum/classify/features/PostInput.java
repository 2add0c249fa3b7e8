package io.rostrum.classify.features;

import org.jspecify.annotations.Nullable;

/**
 * What the classifier reads about one executive post: its text and its place in a thread.
 *
 * @param text          plain text of the post
 * @param reply         whether the post replies to someone else's post
 * @param inReplyToText the text it replies to, when known
 */
public record PostInput(String text, boolean reply, @Nullable String inReplyToText) {

    public static PostInput post(String text) {
        return new PostInput(text, false, null);
    }

    public static PostInput reply(String text, @Nullable String inReplyToText) {
        return new PostInput(text, true, inReplyToText);
    }
}
