package io.rostrum.ingest.polling;

import io.rostrum.events.Platform;
import io.rostrum.ingest.config.IngestProperties;
import io.rostrum.ingest.connector.Connector;
import io.rostrum.ingest.connector.PollResult;
import io.rostrum.ingest.connector.WatchedAccount;
import io.rostrum.ingest.publish.EventPublisher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Schedulers;

/**
 * Polls every account this instance owns when it is due: one round at a time per account, its observations
 * published and acknowledged before its cursor is saved, so a crash between the two re-reads (and the post key
 * absorbs the repeat) rather than skips. On shutdown it stops before the ownership listener does and lets the
 * rounds in flight finish, so the next owner starts from their saved cursors.
 */
@Component
@ConditionalOnBooleanProperty(name = "rostrum.ingest.polling.enabled", matchIfMissing = true)
class AccountPoller implements SmartLifecycle {

    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DRAIN_CHECK = Duration.ofMillis(50);

    private static final Logger log = LoggerFactory.getLogger(AccountPoller.class);

    private final Map<Platform, Connector> connectors = new EnumMap<>(Platform.class);
    private final AccountOwnership ownership;
    private final CursorStore cursors;
    private final EventPublisher publisher;
    private final PollingMetrics metrics;
    private final IngestProperties.Polling settings;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, AccountStatus> statuses = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    AccountPoller(Collection<Connector> connectors, AccountOwnership ownership, CursorStore cursors,
                  EventPublisher publisher, PollingMetrics metrics, IngestProperties properties) {
        connectors.forEach(connector -> this.connectors.put(connector.platform(), connector));
        this.ownership = ownership;
        this.cursors = cursors;
        this.publisher = publisher;
        this.metrics = metrics;
        this.settings = properties.polling();
    }

    @Scheduled(fixedDelayString = "${rostrum.ingest.polling.tick:5s}")
    void pollDueAccounts() {
        if (!running) {
            return;
        }
        Instant now = clock.instant();
        List<WatchedAccount> owned = ownership.accounts();
        statuses.keySet().retainAll(owned.stream().map(WatchedAccount::key).toList());
        if (owned.stream().anyMatch(account -> !statuses.containsKey(account.key()))) {
            cursors.catchUp(); // accounts new to this instance: take their last owner's cursors first
        }
        for (WatchedAccount account : owned) {
            Connector connector = connectors.get(account.platform());
            AccountStatus status = statuses.get(account.key());
            boolean due = status == null || status.nextPollAt() == null || !status.nextPollAt().isAfter(now);
            if (connector != null && due && inFlight.add(account.key())) {
                poll(connector, account);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Starts no new round and waits (bounded) for the rounds in flight to save their cursors. */
    @Override
    public void stop() {
        running = false;
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (!inFlight.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(DRAIN_CHECK.toNanos());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the listener containers, so ownership is only given up once the rounds are saved. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    /** This instance's accounts, by executive and platform. */
    List<AccountStatus> statuses() {
        return statuses.values().stream().sorted(Comparator.comparing(AccountStatus::executiveId)
                .thenComparing(status -> status.platform().id())).toList();
    }

    private void poll(Connector connector, WatchedAccount account) {
        connector.poll(account, cursors.cursor(account.key()))
                .publishOn(Schedulers.boundedElastic())
                .doOnNext(result -> record(account, result))
                .doOnError(error -> failed(account, error))
                .doFinally(signal -> inFlight.remove(account.key()))
                .subscribe(result -> { }, error -> { });
    }

    private void record(WatchedAccount account, PollResult result) {
        CompletableFuture.allOf(result.observations().stream().map(publisher::publish)
                .toArray(CompletableFuture[]::new)).join();
        cursors.save(account.key(), result.cursor()).join();
        metrics.observed(account.platform(), result.observations());
        Instant now = clock.instant();
        String outcome = "ok";
        Instant next = now.plus(settings.interval());
        if (result.retryAfter() != null) {
            outcome = "rate-limited";
            next = now.plus(result.retryAfter());
            metrics.rateLimited(account.platform());
        }
        long total = previousObservations(account) + result.observations().size();
        statuses.put(account.key(), new AccountStatus(account.executiveId(), account.platform(), account.handle(),
                now, outcome, null, next, total, result.cursor().backfillComplete()));
    }

    private void failed(WatchedAccount account, Throwable error) {
        log.warn("Polling {} failed: {}", account.key(), error.getMessage());
        metrics.failed(account.platform());
        Instant now = clock.instant();
        AccountStatus previous = statuses.get(account.key());
        statuses.put(account.key(), new AccountStatus(account.executiveId(), account.platform(), account.handle(),
                now, "failed", error.getMessage(), now.plus(settings.errorBackoff()), previousObservations(account),
                previous != null && previous.backfillComplete()));
    }

    private long previousObservations(WatchedAccount account) {
        AccountStatus previous = statuses.get(account.key());
        return previous == null ? 0 : previous.observations();
    }
}
