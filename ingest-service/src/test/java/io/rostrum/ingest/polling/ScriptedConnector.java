package io.rostrum.ingest.polling;

import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.AccountCursor;
import io.rostrum.ingest.connector.Connector;
import io.rostrum.ingest.connector.PollResult;
import io.rostrum.ingest.connector.WatchedAccount;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * A platform that publishes one new post per round: the n-th round of an account yields {@code <handle>-n}, where
 * n comes from the cursor. A poller that loses or repeats a cursor therefore repeats or skips a post key.
 */
class ScriptedConnector implements Connector {

    private static final Instant START = Instant.parse("2026-06-01T00:00:00Z");

    @Override
    public Platform platform() {
        return Platform.X;
    }

    @Override
    public Mono<PollResult> poll(WatchedAccount account, AccountCursor cursor) {
        int round = cursor.newest() == null ? 1 : Integer.parseInt(cursor.newest()) + 1;
        Instant at = START.plusSeconds(round * 60L);
        PostObserved post = PostObserved.observe(account.executiveId(), Platform.X, account.handle() + "-" + round,
                PostKind.EXECUTIVE_POST, new Author(account.handle(), account.handle(), account.handle(), null, 10,
                        true), null, null, at, "Round " + round, "en", null, new MetricSnapshot(0, 0, 0, 0, at));
        return Mono.just(new PollResult(List.of(post), new AccountCursor(Integer.toString(round), null, true,
                List.of(), Map.of(), at), null));
    }
}
