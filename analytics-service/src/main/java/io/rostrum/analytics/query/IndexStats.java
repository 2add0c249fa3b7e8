package io.rostrum.analytics.query;

/**
 * What the posts index holds.
 *
 * @param withoutApproach documents missing an approach label: zero unless something upstream is broken
 */
public record IndexStats(long documents, long executiveAuthored, long stakeholderReplies, long withoutApproach) {
}
