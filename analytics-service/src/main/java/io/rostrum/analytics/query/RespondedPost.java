package io.rostrum.analytics.query;

import io.rostrum.analytics.index.PostDocument;

/** A post with how stakeholders answered it: the sentiment of the stakeholder replies made directly to it. */
public record RespondedPost(PostDocument post, NetSentiment replies) {
}
