package io.rostrum.ingest.connector.mastodon;

import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import io.rostrum.ingest.connector.AccountCursor;
import io.rostrum.ingest.connector.AccountCursor.WatchedThread;
import io.rostrum.ingest.connector.PollResult;
import io.rostrum.ingest.connector.ReplySchedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One polling round of one account: look the account up, read the statuses newer than the cursor, continue the
 * walk backwards through its history, then check the threads that are due. The steps run one after another on
 * this object's state, within a budget of requests; a rate limit ends the round with what it has.
 *
 * <p>Mastodon pages are always newest first. Forwards, {@code min_id} returns the page immediately newer than
 * the cursor, and its {@code rel="prev"} link carries the {@code min_id} of the page after that; backwards,
 * {@code rel="next"} carries the {@code max_id} of the page before. The cursor stores those ids, so a round that
 * stops anywhere continues exactly there.
 */
final class PollRound {

    private static final Logger log = LoggerFactory.getLogger(PollRound.class);

    private final MastodonClient client;
    private final MastodonHandle handle;
    private final String executiveId;
    private final MastodonProperties settings;
    private final ReplySchedule schedule;
    private final AccountCursor start;
    private final Instant now;

    private @Nullable String newest;
    private @Nullable String backfill;
    private boolean backfillComplete;
    private final Map<String, WatchedThread> threads = new LinkedHashMap<>();
    private final Map<String, PostObserved> observations = new LinkedHashMap<>();
    private int requestsLeft;
    private @Nullable Duration retryAfter;

    PollRound(MastodonClient client, MastodonHandle handle, String executiveId, MastodonProperties settings,
              ReplySchedule schedule, AccountCursor cursor, Instant now) {
        this.client = client;
        this.handle = handle;
        this.executiveId = executiveId;
        this.settings = settings;
        this.schedule = schedule;
        this.start = cursor;
        this.now = now;
        this.newest = cursor.newest();
        this.backfill = cursor.backfill();
        this.backfillComplete = cursor.backfillComplete();
        cursor.threads().forEach(thread -> threads.put(thread.nativeId(), thread));
        this.requestsLeft = settings.maxRequestsPerRound();
    }

    Mono<PollResult> run() {
        // the lookup is repeated every round: it is where the executive's current follower count comes from
        return fetch(client::lookup)
                .flatMap(account -> {
                    String accountId = account.entity().id();
                    StatusMapper mapper = new StatusMapper(executiveId, handle, account.entity(), now);
                    return newer(accountId, mapper)
                            .then(older(accountId, mapper))
                            .then(threads(mapper));
                })
                .then(Mono.fromSupplier(this::result));
    }

    /** The statuses after the newest seen; on the first round, the newest page, which also starts the backfill. */
    private Mono<Void> newer(String accountId, StatusMapper mapper) {
        return Mono.defer(() -> {
            String after = newest;
            if (after == null) {
                return fetch(() -> client.statuses(accountId, settings.pageSize(), null, null))
                        .flatMap(page -> {
                            newest = newestOf(page).orElse(null);
                            walkedBack(page, mapper);
                            return Mono.<Void>empty();
                        });
            }
            return fetch(() -> client.statuses(accountId, settings.pageSize(), null, after))
                    .flatMap(page -> {
                        page.entity().forEach(status -> recordOwn(status, mapper));
                        newestOf(page).ifPresent(id -> newest = id);
                        // a short page reached the present; a full one may have newer pages after it
                        return page.entity().size() < settings.pageSize() ? Mono.<Void>empty()
                                : newer(accountId, mapper);
                    });
        });
    }

    /** The walk backwards through history, from where it stopped, until exhausted or past the horizon. */
    private Mono<Void> older(String accountId, StatusMapper mapper) {
        return Mono.defer(() -> {
            if (backfillComplete) {
                return Mono.empty();
            }
            return fetch(() -> client.statuses(accountId, settings.pageSize(), backfill, null))
                    .flatMap(page -> walkedBack(page, mapper) ? older(accountId, mapper) : Mono.<Void>empty());
        });
    }

    /** Records a page of the walk backwards and where it continues; false once the walk is over. */
    private boolean walkedBack(Answer.Found<List<MastodonStatus>> page, StatusMapper mapper) {
        Instant horizon = now.minus(settings.backfillHorizon());
        boolean pastHorizon = false;
        for (MastodonStatus status : page.entity()) {
            if (status.createdAt().isBefore(horizon)) {
                pastHorizon = true;
            } else {
                recordOwn(status, mapper);
            }
        }
        Optional<String> before = page.links().param("next", "max_id");
        if (pastHorizon || before.isEmpty()) {
            backfill = null;
            backfillComplete = true;
            log.info("Mastodon {}: history read back to {}", handle.handle(), pastHorizon ? horizon : "the start");
            return false;
        }
        backfill = before.get();
        backfillComplete = false;
        return true;
    }

    /** Replies to the executive's recent posts whose check is due, most overdue first. */
    private Mono<Void> threads(StatusMapper mapper) {
        return Flux.defer(() -> Flux.fromIterable(threads.values().stream()
                        .filter(thread -> schedule.due(thread, now))
                        .sorted(Comparator.comparing(WatchedThread::nextCheck))
                        .toList()))
                .concatMap(thread -> check(thread, mapper))
                .then();
    }

    /**
     * Fetches the post itself (new counters, an edited text) and the thread below it. A check is made whole or
     * not at all, so one interrupted by a rate limit stays due.
     */
    private Mono<Void> check(WatchedThread thread, StatusMapper mapper) {
        if (requestsLeft < 2) {
            return Mono.empty();
        }
        String id = thread.nativeId();
        return send(() -> client.status(id)).flatMap(post -> {
            if (!(post instanceof Answer.Found<MastodonStatus> found)) {
                return forget(thread);
            }
            return send(() -> client.context(id)).flatMap(answer -> {
                if (!(answer instanceof Answer.Found<MastodonContext> context)) {
                    return forget(thread);
                }
                List<MastodonStatus> ancestors = context.entity().ancestors();
                String rootId = ancestors.isEmpty() ? id : ancestors.get(0).id();
                record(found.entity(), mapper, rootId);
                context.entity().descendants().forEach(status -> record(status, mapper, rootId));
                if (schedule.finished(thread, now)) {
                    threads.remove(id);
                } else {
                    threads.put(id, schedule.checked(thread, now));
                }
                return Mono.<Void>empty();
            });
        });
    }

    private Mono<Void> forget(WatchedThread thread) {
        log.debug("Mastodon {}: status {} is gone, its thread is no longer watched", handle.handle(),
                thread.nativeId());
        threads.remove(thread.nativeId());
        return Mono.empty();
    }

    /** A status from the executive's timeline; their posts and replies within the window start a watched thread. */
    private void recordOwn(MastodonStatus status, StatusMapper mapper) {
        record(status, mapper, null).ifPresent(post -> {
            if (post.kind() != PostKind.REPOST && schedule.watches(post.createdAt(), now)) {
                threads.putIfAbsent(post.nativeId(), schedule.watch(post.nativeId(), post.createdAt(), now));
            }
        });
    }

    /** A later sighting in the same round replaces an earlier one: it may know the thread's root. */
    private Optional<PostObserved> record(MastodonStatus status, StatusMapper mapper, @Nullable String rootId) {
        Optional<PostObserved> post = mapper.observe(status, rootId);
        post.ifPresent(observed -> observations.put(observed.postKey(), observed));
        return post;
    }

    /** The {@code min_id} to poll forwards from after this page: its rel="prev" link, else its newest status. */
    private static Optional<String> newestOf(Answer.Found<List<MastodonStatus>> page) {
        return page.links().param("prev", "min_id")
                .or(() -> page.entity().stream().findFirst().map(MastodonStatus::id));
    }

    /** A request whose answer is always the entity (or a rate limit). */
    private <T> Mono<Answer.Found<T>> fetch(Supplier<Mono<Answer<T>>> request) {
        return send(request).flatMap(answer -> answer instanceof Answer.Found<T> found ? Mono.just(found)
                : Mono.empty());
    }

    /**
     * One request out of the round's budget. Empty when the round has to stop: the budget is spent, or the
     * instance throttled this request or an earlier one, or an earlier answer used up the rate limit.
     */
    private <T> Mono<Answer<T>> send(Supplier<Mono<Answer<T>>> request) {
        return Mono.defer(() -> {
            if (retryAfter != null || requestsLeft <= 0) {
                return Mono.empty();
            }
            requestsLeft--;
            return request.get().flatMap(answer -> {
                if (answer instanceof Answer.Throttled<T> throttled) {
                    retryAfter = throttled.retryAfter();
                    return Mono.empty();
                }
                if (answer instanceof Answer.Found<T> found && found.exhausted() != null) {
                    retryAfter = found.exhausted();
                    log.info("Mastodon {}: rate limit spent, stopping the round for {}", handle.handle(),
                            retryAfter);
                }
                return Mono.just(answer);
            });
        });
    }

    private PollResult result() {
        AccountCursor cursor = new AccountCursor(newest, backfillComplete ? null : backfill, backfillComplete,
                List.copyOf(threads.values()), start.validators(), now);
        log.debug("Mastodon {}: {} observations, {} requests left, {} threads watched, retry after {}",
                handle.handle(), observations.size(), requestsLeft, threads.size(), retryAfter);
        return new PollResult(List.copyOf(observations.values()), cursor, retryAfter);
    }
}
