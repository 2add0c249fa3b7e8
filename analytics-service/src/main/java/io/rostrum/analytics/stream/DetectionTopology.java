package io.rostrum.analytics.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.rostrum.analytics.config.AnalyticsProperties;
import io.rostrum.analytics.detect.Detectors;
import io.rostrum.analytics.detect.ExecutiveState;
import io.rostrum.analytics.detect.SettingsBook;
import io.rostrum.events.AlertRaised;
import io.rostrum.events.Topics;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/**
 * The detection topology: {@code engagement.posts.classified.v1} (keyed by executive, so one executive's posts
 * meet the same task and state) through {@link DetectionProcessor} to {@code engagement.alerts.v1}. Streams settings
 * (application id, exactly-once v2, state directory) are in application.yml under {@code spring.kafka.streams}.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class DetectionTopology {

    @Bean
    SettingsBook detectorSettings(DetectorProperties properties) throws IOException {
        Path file = properties.settingsFile();
        return file == null ? SettingsBook.defaults() : SettingsBook.read(file);
    }

    @Bean
    KStream<String, AlertRaised> alerts(StreamsBuilder builder, AnalyticsProperties analytics,
                                        DetectorProperties properties, SettingsBook settings, MeterRegistry meters) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DetectionProcessor.EXECUTIVES_STORE), Serdes.String(),
                JsonSerde.of(ExecutiveState.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(DetectionProcessor.SEEN_STORE),
                Serdes.String(), Serdes.Long()));
        Detectors detectors = new Detectors(settings);
        KStream<String, AlertRaised> alerts = builder
                .stream(Topics.POSTS_CLASSIFIED.name(analytics.topicPrefix()), Consumed.with(Serdes.String(),
                        Serdes.ByteArray()))
                .process(() -> new DetectionProcessor(detectors, properties,
                                meters.counter("rostrum.analytics.detectors.observed"),
                                meters.counter("rostrum.analytics.detectors.skipped")),
                        DetectionProcessor.EXECUTIVES_STORE, DetectionProcessor.SEEN_STORE);
        alerts.to(Topics.ALERTS.name(analytics.topicPrefix()), Produced.with(Serdes.String(),
                JsonSerde.of(AlertRaised.class)));
        return alerts;
    }
}
