package io.rostrum.analytics.query;

import io.rostrum.analytics.index.PostsIndexed;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Asks the dashboard's landing questions ahead of the dashboard: once the service is up, and again when a load of
 * at least {@value #LOAD} posts has gone quiet. A fresh JVM took about 0.9 s for its first metrics query against 0.13 s for
 * the next, and Elasticsearch's first aggregations after a load build what later ones reuse; the overview fires
 * three at once. The questions are those of the dashboard's default range (the 90 days to the latest post, UTC,
 * by week: `ViewRange` in the dashboard), so Elasticsearch's request cache then answers the first overview
 * itself. Answers are thrown away; a failure (Elasticsearch not up yet) only leaves the first page slower.
 */
@Component
class QueryWarmUp {

    private static final Logger log = LoggerFactory.getLogger(QueryWarmUp.class);
    private static final int STARTUP_ROUNDS = 3;
    /** The dashboard's default range. */
    private static final int DEFAULT_DAYS = 90;
    /** As the dashboard names it: a region id, which Elasticsearch's request cache tells apart from "Z". */
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final int EXECUTIVE_CHECKS = 45;
    private static final Duration POLL = Duration.ofSeconds(2);
    /** Indexing has gone quiet when no poll was indexed for this long. */
    private static final Duration QUIET = Duration.ofSeconds(3);
    /**
     * A load worth warming up after. A live trickle of posts costs the next page one fresh query each, less than
     * asking every question again while people are reading pages.
     */
    private static final long LOAD = 100;

    private final EngagementQueries engagement;
    private final MetricsQueries metrics;
    private final PostLists postLists;
    private final PostSearch search;
    private final Clock clock = Clock.systemUTC();
    private final Sinks.Many<PostsIndexed> indexed = Sinks.many().multicast().directBestEffort();
    private final AtomicLong postsSinceWarmUp = new AtomicLong();

    QueryWarmUp(EngagementQueries engagement, MetricsQueries metrics, PostLists postLists, PostSearch search) {
        this.engagement = engagement;
        this.metrics = metrics;
        this.postLists = postLists;
        this.search = search;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        long started = System.nanoTime();
        // right after a deployment starts no executive may be registered yet; the queries about one need one
        Mono.fromCallable(engagement::executives).filter(executives -> !executives.isEmpty())
                .repeatWhenEmpty(EXECUTIVE_CHECKS, checks -> checks.delayElements(POLL))
                .defaultIfEmpty(List.of())
                .flatMap(executives -> Mono.fromCallable(() -> ask(executives, STARTUP_ROUNDS)))
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe(executives -> log.info("Query path warmed up in {} ms",
                                (System.nanoTime() - started) / 1_000_000),
                        failure -> log.debug("Query warm-up stopped; the first requests will be slower", failure));
        indexed.asFlux().sampleTimeout(any -> Mono.delay(QUIET))
                .filter(any -> postsSinceWarmUp.get() >= LOAD)
                .doOnNext(any -> postsSinceWarmUp.set(0))
                .concatMap(any -> Mono.fromCallable(() -> ask(engagement.executives(), 1))
                        .subscribeOn(Schedulers.boundedElastic())
                        .onErrorResume(failure -> {
                            log.debug("Query warm-up after indexing stopped", failure);
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @EventListener
    void onPostsIndexed(PostsIndexed posts) {
        postsSinceWarmUp.addAndGet(posts.posts());
        indexed.tryEmitNext(posts); // dropped when a warm-up is running: the quiet period covers it
    }

    private int ask(List<ExecutiveSummary> executives, int rounds) throws IOException {
        Window window = defaultWindow(executives);
        for (int round = 0; round < rounds; round++) {
            // the overview: the cohort, then every card in one comparison
            metrics.metrics(new MetricsQuery(null, null, window, Interval.WEEK, false));
            List<String> ids = executives.stream().map(ExecutiveSummary::executiveId).toList();
            if (!ids.isEmpty()) {
                metrics.compare(new ComparisonQuery(ids, window, Interval.WEEK));
            }
            for (String id : ids) {
                // the executive page's figures and its calendar
                metrics.metrics(new MetricsQuery(id, null, window, Interval.WEEK, true));
                metrics.metrics(new MetricsQuery(id, null, window, Interval.DAY, false));
                postLists.find(new PostListQuery(id, List.of(), window, 1));
            }
            search.search(new PostSearchQuery("warm", null, null, null, null, null, null, 0, 1));
        }
        return executives.size();
    }

    private Window defaultWindow(List<ExecutiveSummary> executives) {
        Instant latest = executives.stream().map(ExecutiveSummary::lastPostAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(clock.instant());
        LocalDate to = latest.atZone(UTC).toLocalDate();
        return new Window(to.minusDays(DEFAULT_DAYS - 1), to, UTC);
    }
}
