package io.rostrum.ingest.connector.mastodon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code rostrum.ingest.mastodon}.
 *
 * @param pageSize             statuses per page; 40 is the most Mastodon serves
 * @param maxRequestsPerRound  requests one round may make (lookup, pages, thread checks), so one account cannot
 *                             monopolise the poller
 * @param backfillHorizon      how far back the first walk through an account's history goes
 * @param replyWindow          how long after a post its replies are collected
 * @param firstReplyCheck      the age of a post at its first reply check; later checks double the age
 * @param maxReplyCheckGap     the longest wait between two reply checks of one post
 * @param requestTimeout       how long to wait for one answer from an instance
 */
@ConfigurationProperties("rostrum.ingest.mastodon")
public record MastodonProperties(@DefaultValue("40") int pageSize, @DefaultValue("12") int maxRequestsPerRound,
                                 @DefaultValue("180d") Duration backfillHorizon,
                                 @DefaultValue("7d") Duration replyWindow,
                                 @DefaultValue("15m") Duration firstReplyCheck,
                                 @DefaultValue("24h") Duration maxReplyCheckGap,
                                 @DefaultValue("30s") Duration requestTimeout) {

    public MastodonProperties {
        if (pageSize < 1 || pageSize > 40) {
            throw new IllegalArgumentException("pageSize must lie in [1, 40], was " + pageSize);
        }
        if (maxRequestsPerRound < 2) {
            throw new IllegalArgumentException(
                    "maxRequestsPerRound must be 2 or more (account lookup and one page), was " + maxRequestsPerRound);
        }
        positive(backfillHorizon, "backfillHorizon");
        positive(replyWindow, "replyWindow");
        positive(firstReplyCheck, "firstReplyCheck");
        positive(maxReplyCheckGap, "maxReplyCheckGap");
        positive(requestTimeout, "requestTimeout");
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
