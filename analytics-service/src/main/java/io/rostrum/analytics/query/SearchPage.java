package io.rostrum.analytics.query;

import java.util.List;

/**
 * One page of search hits.
 *
 * @param totalIsExact false when Elasticsearch stopped counting at 10,000 and {@code total} is a lower bound
 */
public record SearchPage(long total, boolean totalIsExact, int page, int size, List<FoundPost> posts) {
}
