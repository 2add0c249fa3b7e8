package io.rostrum.classify.web;

import io.rostrum.events.Classification;
import io.rostrum.events.ReplyScore;
import org.jspecify.annotations.Nullable;

/** The classification, and for a stakeholder reply its score, each with the cues behind it. */
record ClassifyResponse(Classification classification, @Nullable ReplyScore replyScore) {
}
