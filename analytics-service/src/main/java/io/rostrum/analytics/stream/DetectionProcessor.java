package io.rostrum.analytics.stream;

import io.micrometer.core.instrument.Counter;
import io.rostrum.analytics.detect.Detectors;
import io.rostrum.analytics.detect.ExecutiveState;
import io.rostrum.analytics.detect.Observation;
import io.rostrum.analytics.detect.Observations;
import io.rostrum.events.AlertRaised;
import io.rostrum.events.PostClassified;
import io.rostrum.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds each classified post to its executive's detectors and forwards the alerts. Before a record is observed,
 * time passes to its moment for that executive; a wall-clock punctuator lets time pass for everyone, so a silence
 * is noticed while it lasts, not when it ends. A post key seen before (a re-observation with fresh metrics) is not
 * a new post. Unreadable records are skipped here: the indexer, reading the same topic, dead-letters them.
 */
final class DetectionProcessor implements Processor<String, byte[], String, AlertRaised> {

    static final String EXECUTIVES_STORE = "detector-executives";
    static final String SEEN_STORE = "detector-seen";
    private static final String TYPE_HEADER = "__TypeId__";
    /** Forgetting walks every remembered key, so it is done hourly rather than at every check. */
    private static final long FORGET_EVERY_MILLIS = 3_600_000;

    private final Detectors detectors;
    private final DetectorProperties properties;
    private final Counter observed;
    private final Counter skipped;
    private final JsonMapper json = JsonMapper.builder().build();
    private @Nullable ProcessorContext<String, AlertRaised> context;
    private @Nullable KeyValueStore<String, ExecutiveState> executives;
    private @Nullable KeyValueStore<String, Long> seen;
    /**
     * Each executive's state as this task last wrote it, so that a record does not parse back the JSON the previous
     * record of the same executive just wrote: parsing was a fifth of the detectors' time. Written through, so the
     * store and its changelog stay the truth; emptied whenever the task (re)starts.
     */
    private final Map<String, ExecutiveState> written = new HashMap<>();
    private Instant newestPost = Instant.MIN;
    private long lastForgotten;

    DetectionProcessor(Detectors detectors, DetectorProperties properties, Counter observed, Counter skipped) {
        this.detectors = detectors;
        this.properties = properties;
        this.observed = observed;
        this.skipped = skipped;
    }

    @Override
    public void init(ProcessorContext<String, AlertRaised> context) {
        this.context = context;
        this.executives = context.getStateStore(EXECUTIVES_STORE);
        this.seen = context.getStateStore(SEEN_STORE);
        written.clear();
        context.schedule(properties.checkEvery(), PunctuationType.WALL_CLOCK_TIME, this::letTimePass);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        PostClassified post = read(record.value());
        if (post == null || seen().get(post.post().postKey()) != null) {
            return;
        }
        seen().put(post.post().postKey(), post.post().createdAt().toEpochMilli());
        Observation observation = Observations.of(post);
        String executiveId = observation.executiveId();
        ExecutiveState state = written.get(executiveId);
        if (state == null) {
            state = Objects.requireNonNullElseGet(executives().get(executiveId), ExecutiveState::new);
        }
        List<AlertRaised> alerts = new ArrayList<>(detectors.tick(executiveId, state, observation.at()));
        alerts.addAll(detectors.observe(state, observation));
        write(executiveId, state);
        observed.increment();
        if (observation.at().isAfter(newestPost)) {
            newestPost = observation.at();
        }
        alerts.forEach(alert -> forward(alert, record.timestamp()));
    }

    /** Closes reply windows and checks silences for every executive, then forgets post keys past remembering. */
    private void letTimePass(long wallClockMillis) {
        Instant now = properties.clock() == DetectorProperties.Clock.WALL ? Instant.ofEpochMilli(wallClockMillis)
                : newestPost;
        if (now.equals(Instant.MIN)) {
            return;
        }
        List<KeyValue<String, ExecutiveState>> states = new ArrayList<>();
        try (KeyValueIterator<String, ExecutiveState> all = executives().all()) {
            all.forEachRemaining(states::add);
        }
        for (KeyValue<String, ExecutiveState> executive : states) {
            List<AlertRaised> alerts = detectors.tick(executive.key, executive.value, now);
            write(executive.key, executive.value);
            alerts.forEach(alert -> forward(alert, wallClockMillis));
        }
        if (wallClockMillis - lastForgotten >= FORGET_EVERY_MILLIS) {
            forgetPostsBefore(now.minus(properties.rememberPosts()).toEpochMilli());
            lastForgotten = wallClockMillis;
        }
    }

    private void write(String executiveId, ExecutiveState state) {
        executives().put(executiveId, state);
        written.put(executiveId, state);
    }

    @Override
    public void close() {
        written.clear();
    }

    private void forgetPostsBefore(long millis) {
        List<String> forgotten = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = seen().all()) {
            all.forEachRemaining(post -> {
                if (post.value < millis) {
                    forgotten.add(post.key);
                }
            });
        }
        forgotten.forEach(seen()::delete);
    }

    private void forward(AlertRaised alert, long timestamp) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(TYPE_HEADER, Topics.ALERTS.typeToken().getBytes(StandardCharsets.UTF_8));
        context().forward(new Record<>(alert.executiveId(), alert, timestamp, headers));
    }

    private @Nullable PostClassified read(byte @Nullable [] value) {
        if (value == null) {
            skipped.increment();
            return null;
        }
        try {
            return json.readValue(value, PostClassified.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            skipped.increment();
            return null;
        }
    }

    private ProcessorContext<String, AlertRaised> context() {
        return Objects.requireNonNull(context, "not initialised");
    }

    private KeyValueStore<String, ExecutiveState> executives() {
        return Objects.requireNonNull(executives, "not initialised");
    }

    private KeyValueStore<String, Long> seen() {
        return Objects.requireNonNull(seen, "not initialised");
    }
}
