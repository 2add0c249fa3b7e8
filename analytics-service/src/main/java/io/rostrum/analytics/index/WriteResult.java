package io.rostrum.analytics.index;

import org.jspecify.annotations.Nullable;

/**
 * How an operation ended once Elasticsearch answered for good: durable, or refused with the reason.
 *
 * @param refusal why Elasticsearch refused the document, or null when it is durable
 */
record WriteResult(@Nullable String refusal) {

    static final WriteResult DURABLE = new WriteResult(null);

    static WriteResult refused(String reason) {
        return new WriteResult(reason);
    }
}
