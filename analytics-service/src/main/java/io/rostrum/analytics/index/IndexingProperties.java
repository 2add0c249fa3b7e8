package io.rostrum.analytics.index;

import java.time.Duration;
import java.time.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code rostrum.analytics.indexing}.
 *
 * @param retention      how long post month indices are kept; a month is dropped once all of it is older than
 *                       this. Unset keeps everything.
 * @param retentionCheck how often expired months are looked for
 * @param bulk           how documents are batched towards Elasticsearch
 */
@ConfigurationProperties("rostrum.analytics.indexing")
record IndexingProperties(@Nullable Period retention, @DefaultValue("1h") Duration retentionCheck,
                          @DefaultValue Bulk bulk) {

    IndexingProperties {
        if (retention != null && retention.toTotalMonths() < 1) {
            throw new IllegalArgumentException("rostrum.analytics.indexing.retention must be at least a month "
                    + "(P1M), since posts are kept by whole months; was " + retention);
        }
    }

    /**
     * @param maxOperations          operations per bulk request
     * @param maxSize                bytes per bulk request
     * @param maxConcurrentRequests  bulk requests in flight at once; adding blocks beyond that (back-pressure on
     *                               the consumer)
     * @param flushInterval          longest an operation waits in the buffer (retried operations, mostly: each poll
     *                               flushes its own)
     * @param itemRetries            retries of one operation Elasticsearch was too busy or failing to take, before
     *                               the whole poll is failed and retried by the Kafka error handler
     * @param firstItemRetry         wait before the first such retry, doubling with each further one
     * @param acknowledgementTimeout longest a poll waits for all its operations; then it fails and is retried
     */
    record Bulk(@DefaultValue("1000") int maxOperations, @DefaultValue("5MB") DataSize maxSize,
                @DefaultValue("2") int maxConcurrentRequests, @DefaultValue("1s") Duration flushInterval,
                @DefaultValue("5") int itemRetries, @DefaultValue("200ms") Duration firstItemRetry,
                @DefaultValue("2m") Duration acknowledgementTimeout) {
    }
}
