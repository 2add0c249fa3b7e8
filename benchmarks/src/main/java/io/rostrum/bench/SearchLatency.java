package io.rostrum.bench;

import io.rostrum.events.PostObserved;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Latency from publish to searchable at a fixed offered rate. A paced producer publishes the posts at
 * {@code rate} a second; every {@link #SAMPLE_EVERY}th is a probe, timed from just before it is handed to the
 * producer. A prober searches for the outstanding probes by id every {@link #POLL} and times each when a
 * search first finds it, so a latency errs high by up to one poll and one search.
 */
final class SearchLatency {

    static final int SAMPLE_EVERY = 10;
    static final Duration POLL = Duration.ofMillis(50);
    /** The most ids one search asks for; more are outstanding only when the pipeline has fallen far behind. */
    private static final int IDS_PER_SEARCH = 5_000;

    /**
     * @param offeredPerSecond the rate the producer achieved
     * @param unseen           probes not searchable by the deadline; their latency is not in {@code latencies}
     */
    record Result(double offeredPerSecond, int probes, int unseen, Percentiles latencies) {
    }

    private final ElasticsearchCalls calls;
    private final String alias;

    SearchLatency(ElasticsearchCalls calls, String alias) {
        this.calls = calls;
        this.alias = alias;
    }

    Result measure(List<PostObserved> posts, RawTopicPublisher publisher, int rate, Duration drain)
            throws Exception {
        Map<String, Long> outstanding = new ConcurrentHashMap<>();
        Queue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
        ExecutorService prober = Executors.newSingleThreadExecutor();
        try {
            Future<?> probing = prober.submit(() -> probe(outstanding, latencies, stopAt));
            long start = System.nanoTime();
            long interval = 1_000_000_000L / rate;
            for (int i = 0; i < posts.size(); i++) {
                long due = start + i * interval;
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                PostObserved post = posts.get(i);
                if (i % SAMPLE_EVERY == 0) {
                    outstanding.put(post.postKey(), System.nanoTime());
                }
                publisher.publish(post);
            }
            publisher.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            stopAt.set(System.nanoTime() + drain.toNanos());
            probing.get(drain.toSeconds() + 60, TimeUnit.SECONDS);
            return new Result(posts.size() / seconds, latencies.size() + outstanding.size(), outstanding.size(),
                    new Percentiles(latencies));
        } finally {
            prober.shutdownNow();
        }
    }

    /**
     * Runs until publishing is done ({@code stopAt} set) and every probe was found, or {@code stopAt} (the drain
     * deadline) has passed.
     */
    private void probe(Map<String, Long> outstanding, Queue<Long> latencies, AtomicLong stopAt) {
        while (!Thread.currentThread().isInterrupted()) {
            long started = System.nanoTime();
            long stop = stopAt.get();
            if (stop != Long.MAX_VALUE && (outstanding.isEmpty() || started - stop > 0)) {
                return;
            }
            List<String> ids = outstanding.keySet().stream().limit(IDS_PER_SEARCH).toList();
            if (!ids.isEmpty()) {
                Set<String> found = calls.searchable(alias, ids);
                long seen = System.nanoTime();
                found.forEach(id -> latencies.add(seen - outstanding.remove(id)));
            }
            LockSupport.parkNanos(started + POLL.toNanos() - System.nanoTime());
        }
    }
}
