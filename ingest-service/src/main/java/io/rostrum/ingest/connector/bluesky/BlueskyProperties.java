package io.rostrum.ingest.connector.bluesky;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.ingest.bluesky}.
 *
 * @param baseUrl            the AppView serving the public {@code app.bsky.*} XRPC methods
 * @param backfillHorizon    how far back the first walk through an account's history goes
 * @param replyWindow        how long after a post its replies are collected
 * @param maxPagesPerRound   feed pages (forward and backfill together) one round may fetch
 * @param maxThreadsPerRound threads whose replies one round may fetch
 * @param requestTimeout     per XRPC request
 */
@ConfigurationProperties("rostrum.ingest.bluesky")
public record BlueskyProperties(@DefaultValue("https://public.api.bsky.app") URI baseUrl,
                                @DefaultValue("180d") Duration backfillHorizon,
                                @DefaultValue("7d") Duration replyWindow,
                                @DefaultValue("10") int maxPagesPerRound,
                                @DefaultValue("20") int maxThreadsPerRound,
                                @DefaultValue("30s") Duration requestTimeout) {

    public BlueskyProperties {
        if (maxPagesPerRound < 1 || maxThreadsPerRound < 0) {
            throw new IllegalArgumentException(
                    "rostrum.ingest.bluesky needs at least one page and no negative thread count per round");
        }
        if (backfillHorizon.isNegative() || replyWindow.isNegative() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "rostrum.ingest.bluesky durations must not be negative, the timeout not zero");
        }
    }
}
