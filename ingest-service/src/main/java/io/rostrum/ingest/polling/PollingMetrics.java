package io.rostrum.ingest.polling;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Per-connector figures: {@code rostrum.ingest.posts}, {@code .replies}, {@code .errors},
 * {@code .rate.limit.waits} and {@code .lag} (seconds between now and the newest post seen), tagged by platform.
 */
@Component
class PollingMetrics {

    private static final String POSTS = "rostrum.ingest.posts";
    private static final String REPLIES = "rostrum.ingest.replies";
    private static final String ERRORS = "rostrum.ingest.errors";
    private static final String RATE_LIMIT_WAITS = "rostrum.ingest.rate.limit.waits";

    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();
    private final Map<Platform, AtomicLong> newestSeen = new EnumMap<>(Platform.class);

    PollingMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (Platform platform : Platform.values()) {
            AtomicLong newest = new AtomicLong(0);
            newestSeen.put(platform, newest);
            Gauge.builder("rostrum.ingest.lag", newest, seen -> seen.get() == 0 ? Double.NaN
                            : clock.instant().getEpochSecond() - seen.get())
                    .tag("platform", platform.id()).baseUnit("seconds").register(meters);
            // counted from zero, so an alert rule can take their increase from the first poll on
            for (String counter : List.of(POSTS, REPLIES, ERRORS, RATE_LIMIT_WAITS)) {
                meters.counter(counter, "platform", platform.id());
            }
        }
    }

    void observed(Platform platform, List<PostObserved> observations) {
        long replies = observations.stream().filter(post -> post.kind() == PostKind.STAKEHOLDER_REPLY).count();
        meters.counter(POSTS, "platform", platform.id()).increment(observations.size() - replies);
        meters.counter(REPLIES, "platform", platform.id()).increment(replies);
        observations.stream().map(PostObserved::createdAt).max(Instant::compareTo)
                .ifPresent(newest -> newestSeen.get(platform).accumulateAndGet(newest.getEpochSecond(), Math::max));
    }

    void failed(Platform platform) {
        meters.counter(ERRORS, "platform", platform.id()).increment();
    }

    void rateLimited(Platform platform) {
        meters.counter(RATE_LIMIT_WAITS, "platform", platform.id()).increment();
    }
}
