package io.rostrum.analytics.index;

import java.time.Instant;

/** A stakeholder reply an executive reply may answer: all that answer linking needs of it. */
public record StakeholderReply(String postKey, Instant createdAt) {
}
