package io.rostrum.dashboard.web;

import io.rostrum.dashboard.analytics.AnalyticsClient;
import io.rostrum.dashboard.analytics.ExecutiveSummary;
import io.rostrum.dashboard.analytics.Window;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Once the dashboard is up, asks analytics-service each kind of question a page asks, and throws the answers
 * away: the first page after a start otherwise pays for opening the connection pool and building the JSON readers
 * of every answer type, which took the first overview from about 0.4 s to 0.9 s on 2 cores. Then has
 * {@link PageWarmUp} open each kind of page. It retries for a while, then gives up quietly; the first real page
 * then pays as before.
 */
@Component
class AnalyticsWarmUp {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsWarmUp.class);
    private static final int ROUNDS = 3;
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final AnalyticsClient analytics;
    private final PageWarmUp pages;

    AnalyticsWarmUp(AnalyticsClient analytics, PageWarmUp pages) {
        this.analytics = analytics;
        this.pages = pages;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        long started = System.nanoTime();
        Flux.range(0, ROUNDS).concatMap(round -> askEverything()).then()
                // a deployment starts its services together: analytics may not answer yet, and no executive may be
                // registered yet
                .retryWhen(Retry.fixedDelay(GIVE_UP_AFTER.toSeconds() / 2, Duration.ofSeconds(2)))
                .timeout(GIVE_UP_AFTER)
                .then(analytics.executives())
                .flatMap(executives -> Mono.fromCallable(() -> {
                    pages.openPages(executives.stream().map(ExecutiveSummary::executiveId).toList());
                    return executives.size();
                }).subscribeOn(Schedulers.boundedElastic()))
                .subscribe(executives -> log.info("Warmed up (analytics client, then pages) in {} ms",
                                (System.nanoTime() - started) / 1_000_000),
                        failure -> log.debug("Warm-up stopped; the first page will be slower", failure));
    }

    /** Signals that the questions about an executive could not be asked yet. */
    private static final class NoExecutivesYet extends RuntimeException {

        NoExecutivesYet() {
            super("fewer than two executives registered", null, false, false);
        }
    }

    private Mono<Void> askEverything() {
        LocalDate today = LocalDate.now(UTC);
        Window window = new Window(today.minusDays(ViewRange.DEFAULT_DAYS - 1), today, UTC);
        return analytics.executives().flatMap(executives -> {
            List<String> ids = executives.stream().map(ExecutiveSummary::executiveId).limit(2).toList();
            Mono<?> cohort = analytics.metrics(null, window, "week", false);
            Mono<?> alerts = analytics.alerts(null, null, false, 1);
            if (ids.size() < 2) {
                return Mono.when(cohort, alerts).then(Mono.error(new NoExecutivesYet()));
            }
            String executive = ids.get(0);
            return Mono.when(cohort, alerts, analytics.metrics(executive, window, "week", true),
                    analytics.posts(executive, window, 1), analytics.postsByKey(List.of("warm-up:0")),
                    analytics.search("warm", executive, window, 1), analytics.compare(ids, window, "week"));
        });
    }
}
