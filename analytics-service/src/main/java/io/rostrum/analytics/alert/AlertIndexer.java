package io.rostrum.analytics.alert;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.events.AlertType;
import io.rostrum.events.AlertRaised;
import io.rostrum.support.kafka.DeadLetters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Indexes each poll of alerts in one acknowledged bulk request (offsets are committed only after it), then puts
 * the alerts new to the index on the live feed. Unreadable records and alerts the index refuses for good are
 * dead-lettered; an Elasticsearch outage fails the batch, which the container retries.
 */
@Component
class AlertIndexer {

    private static final Logger log = LoggerFactory.getLogger(AlertIndexer.class);

    private final AlertWriter writer;
    private final LiveAlerts live;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;

    AlertIndexer(AlertWriter writer, LiveAlerts live, DeadLetters deadLetters, MeterRegistry meters) {
        this.writer = writer;
        this.live = live;
        this.deadLetters = deadLetters;
        this.meters = meters;
        // every type counts from zero, so a rule or a chart tells "none raised" from "not reported"
        for (AlertType type : AlertType.values()) {
            raised(type);
        }
    }

    private Counter raised(AlertType type) {
        return meters.counter("rostrum.analytics.alerts.raised", "type", type.id());
    }

    @KafkaListener(id = "alert-indexer", topics = "#{@alertTopics.alerts}", groupId = "#{@alertTopics.indexingGroup}")
    void onAlerts(List<ConsumerRecord<String, AlertRaised>> records) throws IOException {
        List<AlertRaised> alerts = new ArrayList<>();
        Map<String, ConsumerRecord<String, AlertRaised>> recordsByAlert = new HashMap<>();
        for (ConsumerRecord<String, AlertRaised> record : records) {
            if (record.value() == null) {
                deadLetters.send(record, DeadLetters.unreadable(record));
            } else {
                alerts.add(record.value());
                recordsByAlert.put(record.value().alertId(), record);
            }
        }
        AlertWriter.Written written = writer.write(alerts);
        written.refused().forEach(refusal -> deadLetters.send(recordsByAlert.get(refusal.alert().alertId()),
                new IllegalArgumentException(refusal.reason())));
        for (AlertRaised alert : written.created()) {
            raised(alert.type()).increment();
            log.info("Alert {} ({}) about {}", alert.alertId(), alert.type().id(), alert.executiveId());
            live.publish(alert);
        }
        if (!written.alreadyIndexed().isEmpty()) {
            log.debug("{} alerts were indexed already (a redelivery); left as they are",
                    written.alreadyIndexed().size());
        }
    }
}
