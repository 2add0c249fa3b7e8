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
        }
    }

    void observed(Platform platform, List<PostObserved> observations) {
        long replies = observations.stream().filter(post -> post.kind() == PostKind.STAKEHOLDER_REPLY).count();
        meters.counter("rostrum.ingest.posts", "platform", platform.id()).increment(observations.size() - replies);
        meters.counter("rostrum.ingest.replies", "platform", platform.id()).increment(replies);
        observations.stream().map(PostObserved::createdAt).max(Instant::compareTo)
                .ifPresent(newest -> newestSeen.get(platform).accumulateAndGet(newest.getEpochSecond(), Math::max));
    }

    void failed(Platform platform) {
        meters.counter("rostrum.ingest.errors", "platform", platform.id()).increment();
    }

    void rateLimited(Platform platform) {
        meters.counter("rostrum.ingest.rate.limit.waits", "platform", platform.id()).increment();
    }
}
