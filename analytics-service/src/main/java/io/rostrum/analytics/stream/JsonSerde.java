package io.rostrum.analytics.stream;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tools.jackson.databind.json.JsonMapper;

/** JSON serdes for state-store values and output events. */
final class JsonSerde {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSerde() {
    }

    static <T> Serde<T> of(Class<T> type) {
        return Serdes.serdeFrom((topic, value) -> value == null ? null : JSON.writeValueAsBytes(value),
                (topic, bytes) -> bytes == null ? null : JSON.readValue(bytes, type));
    }
}
