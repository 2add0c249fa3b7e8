package io.rostrum.analytics.alert;

import io.rostrum.events.AlertRaised;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The live feed of new alerts, for any number of server-sent-event clients. Publishing never blocks the listener:
 * the sink hands each alert to every client's own bounded buffer, and a client that reads too slowly loses its
 * oldest unread alerts (the alerts index keeps them all). A client connected to no stream misses nothing it
 * cannot read back from {@code GET /api/alerts}.
 */
@Component
public class LiveAlerts {

    private static final Logger log = LoggerFactory.getLogger(LiveAlerts.class);

    private final Sinks.Many<AlertRaised> sink = Sinks.many().multicast().directBestEffort();
    private final Duration heartbeat;
    private final int bufferPerClient;

    LiveAlerts(AlertProperties properties) {
        this.heartbeat = properties.heartbeat();
        this.bufferPerClient = properties.liveBuffer();
    }

    /** Synchronized because a sink takes one emitter at a time, and listener containers may run several threads. */
    synchronized void publish(AlertRaised alert) {
        sink.tryEmitNext(alert); // with no client connected there is nobody to tell, which is fine
    }

    /**
     * Each new alert as an {@code alert} event whose id is the alert id, and a heartbeat comment straight away
     * (so the client sees the stream open) and then at every interval.
     */
    public Flux<ServerSentEvent<AlertRaised>> stream() {
        Flux<ServerSentEvent<AlertRaised>> alerts = sink.asFlux()
                .onBackpressureBuffer(bufferPerClient,
                        dropped -> log.debug("A slow live-stream client lost alert {}", dropped.alertId()),
                        BufferOverflowStrategy.DROP_OLDEST)
                .map(alert -> ServerSentEvent.builder(alert).event("alert").id(alert.alertId()).build());
        Flux<ServerSentEvent<AlertRaised>> heartbeats = Flux.interval(Duration.ZERO, heartbeat)
                .map(beat -> ServerSentEvent.<AlertRaised>builder().comment("heartbeat").build());
        return Flux.merge(alerts, heartbeats);
    }
}
