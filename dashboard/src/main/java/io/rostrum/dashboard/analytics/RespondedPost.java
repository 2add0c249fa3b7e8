package io.rostrum.dashboard.analytics;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A post and the sentiment of the stakeholder replies made directly to it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RespondedPost(PostView post, Figures.NetSentiment replies) {
}
