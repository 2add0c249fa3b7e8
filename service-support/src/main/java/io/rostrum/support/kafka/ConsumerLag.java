package io.rostrum.support.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * {@code rostrum.kafka.consumer.lag}: how many records each of the service's consumer groups is behind on each
 * topic, as Kafka sees it (committed offsets against log-end offsets, summed over partitions). The consumers' own
 * fetch metrics stop when a consumer is stuck or gone, which is exactly when lag matters; these keep coming. A
 * partition the group never committed on is not counted. While Kafka cannot be asked, the values are NaN
 * (unknown) rather than the last ones seen.
 */
public class ConsumerLag implements SmartLifecycle {

    static final String METER = "rostrum.kafka.consumer.lag";
    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);
    private static final Duration EVERY = Duration.ofSeconds(15);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Supplier<Admin> admins;
    private final Supplier<Collection<String>> groups;
    private final MeterRegistry meters;
    private final Map<GroupTopic, Double> lags = new ConcurrentHashMap<>();
    private @Nullable ScheduledExecutorService schedule;
    private @Nullable Admin admin;
    private volatile boolean failing;

    /**
     * @param admins a new admin client each time it is called (one is kept while running)
     * @param groups the consumer groups to measure, asked again each time (listener containers start late)
     */
    public ConsumerLag(Supplier<Admin> admins, Supplier<Collection<String>> groups, MeterRegistry meters) {
        this.admins = admins;
        this.groups = groups;
        this.meters = meters;
    }

    /** One measurement of every group; public so a test can take one without waiting for the schedule. */
    public void measure() {
        Admin client = admin;
        if (client == null) {
            return;
        }
        try {
            for (String group : groups.get()) {
                lagByTopic(client, group).forEach((topic, lag) -> record(new GroupTopic(group, topic), lag));
            }
            if (failing) {
                log.info("Consumer lag is measured again");
                failing = false;
            }
        } catch (ExecutionException | TimeoutException e) {
            lags.replaceAll((key, lag) -> Double.NaN);
            if (!failing) {
                log.warn("Cannot measure consumer lag ({}); reporting it as unknown until Kafka answers", e.toString());
                failing = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, Long> lagByTopic(Admin client, String group)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = client.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        committed.values().removeIf(offset -> offset == null);
        if (committed.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = client.listOffsets(committed.keySet().stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return committed.entrySet().stream().collect(Collectors.groupingBy(entry -> entry.getKey().topic(),
                Collectors.summingLong(entry -> Math.max(0,
                        ends.get(entry.getKey()).offset() - entry.getValue().offset()))));
    }

    private void record(GroupTopic key, long lag) {
        if (lags.put(key, (double) lag) == null) {
            Gauge.builder(METER, lags, all -> all.getOrDefault(key, Double.NaN))
                    .description("Records the consumer group is behind on the topic, committed offset to log end")
                    .tag("group", key.group()).tag("topic", key.topic()).register(meters);
        }
    }

    @Override
    public synchronized void start() {
        admin = admins.get();
        schedule = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(this::measure, EVERY.toSeconds(), EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
        if (admin != null) {
            admin.close(TIMEOUT);
            admin = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }

    private record GroupTopic(String group, String topic) {
    }
}
