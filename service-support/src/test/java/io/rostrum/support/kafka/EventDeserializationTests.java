package io.rostrum.support.kafka;

import static io.rostrum.support.kafka.SampleEvents.TYPE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.kafka.support.serializer.DeserializationException;

/** Records as the services' consumers meet them, with the value deserializer their configuration builds. */
class EventDeserializationTests {

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "classify-service", "analytics-service"})
    void readsEveryEventAsItsProducerWroteIt(String service) {
        for (Topic<?, ?> topic : Topics.ALL) {
            SampleEvents.Written written = SampleEvents.written(topic);

            Object event = deserialize(service, topic, written.value(), written.typeHeader());

            assertThat(event).isEqualTo(SampleEvents.of(topic));
        }
    }

    /** Spring Kafka resolves class names from trusted packages, java.util and java.lang always among them. */
    @ParameterizedTest
    @ValueSource(strings = {"java.lang.Object", "io.rostrum.events.Events"})
    void refusesATypeHeaderThatNamesAClassRatherThanAToken(String className) {
        byte[] value = SampleEvents.written(Topics.POSTS_RAW).value();

        DeserializationException failure = unreadable("classify-service", Topics.POSTS_RAW, value,
                className.getBytes(StandardCharsets.UTF_8));

        assertThat(failure.getData()).isEqualTo(value);
        assertThat(failure).rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + className + "'").hasMessageContaining("postObserved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "classify-service", "analytics-service"})
    void refusesAnotherTopicsEventSoThatNoListenerGetsAnObjectItCannotTake(String service) {
        SampleEvents.Written alert = SampleEvents.written(Topics.ALERTS);

        DeserializationException failure = unreadable(service, Topics.POSTS_CLASSIFIED, alert.value(),
                alert.typeHeader());

        assertThat(failure).rootCause().hasMessageContaining("'alertRaised'")
                .hasMessageContaining(Topics.POSTS_CLASSIFIED.name()).hasMessageContaining("'postClassified'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "classify-service", "analytics-service"})
    void readsTheTopicsOfADeploymentPrefix(String service) {
        SampleEvents.Written written = SampleEvents.written(Topics.EXECUTIVES);
        Topic<?, ?> prefixed = new Topic<>("test-7f3a-" + Topics.EXECUTIVES.name(), String.class,
                Topics.EXECUTIVES.valueType(), Topics.EXECUTIVES.typeToken(), true);

        assertThat(deserialize(service, prefixed, written.value(), written.typeHeader()))
                .isEqualTo(SampleEvents.of(Topics.EXECUTIVES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "classify-service", "analytics-service"})
    void carriesAMissingFieldAsInvalidInputNamingTheField(String service) {
        SampleEvents.Written written = SampleEvents.written(Topics.POSTS_RAW);
        byte[] withoutPlatform = new String(written.value(), StandardCharsets.UTF_8)
                .replace("\"platform\":\"mastodon\",", "").getBytes(StandardCharsets.UTF_8);

        DeserializationException failure = unreadable(service, Topics.POSTS_RAW, withoutPlatform,
                written.typeHeader());

        assertThat(failure).rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("platform is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest-service", "analytics-service"})
    void refusesARecordWithoutTypeHeaderWhereNoDefaultTypeIsConfigured(String service) {
        byte[] value = SampleEvents.written(Topics.EXECUTIVES).value();

        assertThat(unreadable(service, Topics.EXECUTIVES, value, null).getData()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"classify-service"})
    void readsARecordWithoutTypeHeaderAsTheConfiguredDefaultType(String service) {
        byte[] value = SampleEvents.written(Topics.POSTS_RAW).value();

        assertThat(deserialize(service, Topics.POSTS_RAW, value, null)).isEqualTo(SampleEvents.of(Topics.POSTS_RAW));
    }

    private static @Nullable Object deserialize(String service, Topic<?, ?> topic, byte[] value,
                                                byte @Nullable [] typeHeader) {
        return ServiceConsumers.valueDeserializer(service).deserialize(topic.name(), headers(typeHeader), value);
    }

    /** The failure a listener finds in the headers of a record without value, as it dead-letters it. */
    private static DeserializationException unreadable(String service, Topic<?, ?> topic, byte[] value,
                                                       byte @Nullable [] typeHeader) {
        Headers headers = headers(typeHeader);
        Object event = ServiceConsumers.valueDeserializer(service).deserialize(topic.name(), headers, value);
        assertThat(event).as("the value read").isNull();
        ConsumerRecord<String, Object> record = new ConsumerRecord<>(topic.name(), 0, 0L, ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE, 0, value.length, "ceo-ava-lindqvist", null, headers,
                Optional.empty());
        Exception failure = DeadLetters.unreadable(record);
        assertThat(failure).isInstanceOf(DeserializationException.class);
        return (DeserializationException) failure;
    }

    private static Headers headers(byte @Nullable [] typeHeader) {
        RecordHeaders headers = new RecordHeaders();
        if (typeHeader != null) {
            headers.add(TYPE_HEADER, typeHeader);
        }
        return headers;
    }
}
