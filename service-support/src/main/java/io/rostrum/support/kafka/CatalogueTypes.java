package io.rostrum.support.kafka;

import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.support.mapping.AbstractJavaTypeMapper;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.type.TypeFactory;

/**
 * The value type of a record, from the catalogue: the event its topic carries, provided the type header names that
 * event's token. Spring Kafka's own resolution also takes a class name from the header if its package is trusted
 * ({@code java.lang} and {@code java.util} always are), so a record whose header named {@code java.lang.Object}, a
 * class of the events package or another topic's event reached a listener as that object. The listener failed on
 * it outside its per-record handling, so the container retried the record, with its whole batch for the batch
 * listeners. Now such a record is unreadable: the deserializer carries the failure in its headers and the listener
 * dead-letters it.
 *
 * <p>Registered as {@code spring.json.value.type.method}; a record without type header is left to the consumer's
 * default type, where it has one.
 */
public final class CatalogueTypes {

    private static final String TYPE_HEADER = AbstractJavaTypeMapper.DEFAULT_CLASSID_FIELD_NAME;
    private static final TypeFactory TYPES = TypeFactory.createDefaultInstance();

    private CatalogueTypes() {
    }

    /**
     * @param topic the topic's name, with the deployment's prefix if any
     * @throws IllegalArgumentException when the topic is none of the catalogue's or the header names another type
     */
    public static @Nullable JavaType valueType(String topic, byte[] data, Headers headers) {
        Header header = headers.lastHeader(TYPE_HEADER);
        if (header == null) {
            return null;
        }
        String token = new String(header.value(), StandardCharsets.UTF_8);
        Topic<?, ?> carried = Topics.ALL.stream().filter(known -> topic.endsWith(known.name())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("topic " + topic + " is not in the catalogue;"
                        + " its type header '" + token + "' cannot be checked"));
        if (!carried.typeToken().equals(token)) {
            throw new IllegalArgumentException("type header '" + token + "' on " + topic + ": this topic carries '"
                    + carried.typeToken() + "'");
        }
        return TYPES.constructType(carried.valueType());
    }

    /** The {@code spring.json.value.type.method} value naming {@link #valueType}. */
    static String method() {
        return CatalogueTypes.class.getName() + ".valueType";
    }
}
