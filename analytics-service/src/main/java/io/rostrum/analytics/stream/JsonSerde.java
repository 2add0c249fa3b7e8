package io.rostrum.analytics.stream;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON serdes for state-store values and output events. */
final class JsonSerde {

    /**
     * Detector state is mostly doubles: the JDK's own double-to-text (before Java 19) was a tenth of analytics' CPU
     * under load, where Jackson's Schubfach writer gives the shortest text that reads back to the same double.
     */
    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private JsonSerde() {
    }

    static <T> Serde<T> of(Class<T> type) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : JSON.writeValueAsBytes(value),
                (topic, bytes) -> bytes == null ? null : JSON.readValue(bytes, type));
    }
}
