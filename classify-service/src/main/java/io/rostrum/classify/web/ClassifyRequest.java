package io.rostrum.classify.web;

import org.jspecify.annotations.Nullable;

/**
 * A text to classify and what is known about its context.
 *
 * @param kind          {@code post} (default), {@code reply} (the executive replying) or {@code stakeholder-reply}
 * @param inReplyToText the message a reply answers
 * @param authorProfile the profile text of a stakeholder reply's author, for the stakeholder group
 */
record ClassifyRequest(@Nullable String text, @Nullable String kind, @Nullable String inReplyToText,
                       @Nullable String authorProfile) {
}
