package io.rostrum.ingest.connector;

import io.rostrum.events.Platform;
import reactor.core.publisher.Mono;

/**
 * Polls one platform for an executive's account: their new and edited posts, and the replies to them. Each round
 * starts from the account's cursor and returns the cursor to continue from, so a restart neither skips nor
 * re-reads; repeats are harmless anyway (the post key makes every downstream write an upsert).
 */
public interface Connector {

    Platform platform();

    /**
     * One polling round. A platform's rate limit is not an error: the round returns what it fetched so far, the
     * cursor where it stopped and, in {@link PollResult#retryAfter()}, when to come back. Other failures (the
     * platform down, a malformed payload) fail the Mono with a {@link ConnectorException} naming the account.
     */
    Mono<PollResult> poll(WatchedAccount account, AccountCursor cursor);
}
