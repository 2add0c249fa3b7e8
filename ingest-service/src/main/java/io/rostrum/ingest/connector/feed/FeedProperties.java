package io.rostrum.ingest.connector.feed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.ingest.feed}.
 *
 * @param requestTimeout how long to wait for a feed server's answer, redirects included
 */
@ConfigurationProperties("rostrum.ingest.feed")
public record FeedProperties(@DefaultValue("30s") Duration requestTimeout) {

    public FeedProperties {
        if (requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + requestTimeout);
        }
    }
}
