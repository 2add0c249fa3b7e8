package io.rostrum.ingest.connector.bluesky;

import io.rostrum.events.Author;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.AccountCursor;
import io.rostrum.ingest.connector.ReplySchedule;
import io.rostrum.ingest.connector.AccountCursor.WatchedThread;
import io.rostrum.ingest.connector.Connector;
import io.rostrum.ingest.connector.PollResult;
import io.rostrum.ingest.connector.WatchedAccount;
import io.rostrum.support.outbound.OutboundPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Polls an executive's Bluesky account through the public AppView, without logging in. A round reads the profile
 * ({@code app.bsky.actor.getProfile}: who the executive is, followers now), then the author feed (new items, then
 * the backfill; see {@link FeedWalk}), then the replies of the watched posts that are due (see
 * {@link ThreadCheck}). The executive's posts and replies from the last reply window join the watch list.
 *
 * <p>The account's handle may be a handle or a DID. A rate limit ends the round early with what it found; other
 * failures fail it with a ConnectorException.
 */
public final class BlueskyConnector implements Connector {

    private static final Logger log = LoggerFactory.getLogger(BlueskyConnector.class);
    private static final String PROFILE = "app.bsky.actor.getProfile";

    private final XrpcClient xrpc;
    private final Clock clock;
    private final BlueskyProperties properties;
    private static final Duration FIRST_REPLY_CHECK = Duration.ofMinutes(15);
    private static final Duration MAX_REPLY_CHECK_GAP = Duration.ofHours(24);

    private final ReplySchedule schedule;

    /** @throws IllegalArgumentException when the outbound policy refuses the AppView's base URL */
    public BlueskyConnector(WebClient.Builder webClients, Clock clock, BlueskyProperties properties,
                            OutboundPolicy outbound) {
        outbound.refusal(properties.baseUrl()).ifPresent(refusal -> {
            throw new IllegalArgumentException("rostrum.ingest.bluesky.base-url " + properties.baseUrl()
                    + " is refused: " + refusal);
        });
        this.xrpc = new XrpcClient(webClients, clock, properties, outbound);
        this.clock = clock;
        this.properties = properties;
        this.schedule = new ReplySchedule(properties.replyWindow(), FIRST_REPLY_CHECK, MAX_REPLY_CHECK_GAP);
    }

    @Override
    public Platform platform() {
        return Platform.BLUESKY;
    }

    @Override
    public Mono<PollResult> poll(WatchedAccount account, AccountCursor cursor) {
        return Mono.defer(() -> {
            Round round = new Round(xrpc, account, clock.instant(), properties.maxPagesPerRound());
            return round.call(PROFILE, List.of(Map.entry("actor", account.handle())),
                            fetched -> Authors.of(fetched.body(), true))
                    .flatMap(executive -> round.stopped() ? Mono.just(result(round, cursor))
                            : pollAs(executive, account, cursor, round))
                    .switchIfEmpty(Mono.fromSupplier(() -> result(round, cursor)));
        });
    }

    private Mono<PollResult> pollAs(Author executive, WatchedAccount account, AccountCursor cursor, Round round) {
        PostReader reader = new PostReader(account.executiveId(), executive, round.now());
        FeedWalk feed = new FeedWalk(round, reader, FeedPosition.decode(cursor.newest()), cursor.backfill(),
                cursor.backfillComplete(), round.now().minus(properties.backfillHorizon()));
        ThreadCheck threads = new ThreadCheck(round, reader, schedule, properties.maxThreadsPerRound());
        return feed.walk()
                .then(Mono.defer(() -> {
                    List<WatchedThread> watched = watch(cursor.threads(), round);
                    return round.stopped() ? Mono.just(watched) : threads.check(watched);
                }))
                .map(watched -> {
                    FeedPosition newest = feed.newest();
                    PollResult result = result(round, new AccountCursor(newest == null ? null : newest.encode(),
                            feed.backfill(), feed.backfillComplete(), watched, cursor.validators(), round.now()));
                    log.debug("{}: {} observations, {} threads watched, retry after {}", round.account(),
                            result.observations().size(), watched.size(), result.retryAfter());
                    return result;
                });
    }

    /** The watch list with the executive's newly seen posts and replies (not reposts) that are young enough. */
    private List<WatchedThread> watch(List<WatchedThread> watched, Round round) {
        Map<String, WatchedThread> threads = new LinkedHashMap<>();
        watched.forEach(thread -> threads.put(thread.nativeId(), thread));
        for (PostObserved observation : round.observations()) {
            if (observation.kind().byExecutive() && observation.kind() != PostKind.REPOST
                    && !threads.containsKey(observation.nativeId())) {
                if (schedule.watches(observation.createdAt(), round.now())) {
                    threads.put(observation.nativeId(),
                            schedule.watch(observation.nativeId(), observation.createdAt(), round.now()));
                }
            }
        }
        return List.copyOf(threads.values());
    }

    private static PollResult result(Round round, AccountCursor cursor) {
        return new PollResult(round.observations(), cursor, round.retryAfter());
    }
}
