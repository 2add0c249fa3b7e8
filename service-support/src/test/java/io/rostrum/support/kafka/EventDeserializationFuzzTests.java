package io.rostrum.support.kafka;

import static io.rostrum.support.fuzz.FuzzChecks.assertClear;
import static io.rostrum.support.fuzz.FuzzChecks.withinDeadline;
import static io.rostrum.support.kafka.SampleEvents.TYPE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;

import io.rostrum.events.Topic;
import io.rostrum.events.Topics;
import io.rostrum.support.fuzz.FuzzInput;
import io.rostrum.support.fuzz.FuzzInputs;
import io.rostrum.support.fuzz.FuzzProperty;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * Issue 8: the value deserializer of every consumer, as its service's application.yml and this module configure
 * it ({@code ErrorHandlingDeserializer} over {@code JacksonJsonDeserializer} with the catalogue's type tokens),
 * meets records as Kafka delivers them: value bytes and a type header. Whatever the bytes and the header, it
 * returns the event the topic carries or, for a record it cannot read, no value and a
 * {@link DeserializationException} in the headers with the original bytes, for the dead letter; never another
 * exception, never a hang, and never an object a listener of the topic cannot take.
 */
class EventDeserializationFuzzTests {

    private final List<Consumer> consumers = ServiceConsumers.SERVICES.stream()
            .map(service -> new Consumer(service, ServiceConsumers.valueDeserializer(service))).toList();

    @Test
    void randomBytesAreAnEventOrADeserializationException() {
        List<FuzzInput> samples = Topics.ALL.stream().map(EventDeserializationFuzzTests::sample).toList();
        FuzzProperty.forAll(deliveries(sample -> FuzzInputs.random(samples)),
                EventDeserializationFuzzTests::assertEventOrCarriedFailure);
    }

    @Test
    void truncatedEventsAreADeserializationException() {
        FuzzProperty.forAll(deliveries(sample -> FuzzInputs.truncations(List.of(sample)).any()),
                EventDeserializationFuzzTests::assertEventOrCarriedFailure);
    }

    @Test
    void mutatedEventsAreAnEventOrADeserializationException() {
        FuzzProperty.forAll(deliveries(sample -> FuzzInputs.mutations(List.of(sample))),
                EventDeserializationFuzzTests::assertEventOrCarriedFailure);
    }

    private static void assertEventOrCarriedFailure(Delivery delivery) throws Exception {
        Headers headers = delivery.headers();
        Object event = withinDeadline(() -> delivery.consumer().values()
                .deserialize(delivery.topic().name(), headers, delivery.value().bytes()));
        ConsumerRecord<String, Object> record = new ConsumerRecord<>(delivery.topic().name(), 0, 0L,
                ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, 0, delivery.value().bytes().length,
                "ceo-ava-lindqvist", event, headers, Optional.empty());
        if (record.value() != null) {
            assertThat(record.value()).isInstanceOf(delivery.topic().valueType());
            return;
        }
        Exception failure = DeadLetters.unreadable(record);
        assertClear(failure, DeserializationException.class);
        assertThat(((DeserializationException) failure).getData()).isEqualTo(delivery.value().bytes());
    }

    /** Each topic's sample with its value drawn from {@code values}, under one of the headers, to one consumer. */
    private Gen<Delivery> deliveries(Function<FuzzInput, Gen<FuzzInput>> values) {
        return arbitrary().pick(Topics.ALL).flatMap(topic -> values.apply(sample(topic))
                .zip(headers(topic), arbitrary().pick(consumers),
                        (value, header, consumer) -> new Delivery(topic, value, header, consumer)));
    }

    /** Mostly the token the producer wrote; else another topic's, none, or one a consumer must refuse. */
    private static Gen<TypeHeader> headers(Topic<?, ?> topic) {
        List<Pair<Integer, Gen<TypeHeader>>> headers = new ArrayList<>();
        headers.add(weighted(12, TypeHeader.text("the producer's token", topic.typeToken())));
        Topics.ALL.stream().filter(other -> other != topic).forEach(other -> headers.add(
                weighted(1, TypeHeader.text("another topic's token", other.typeToken()))));
        headers.add(weighted(1, TypeHeader.text("no type header", null)));
        headers.add(weighted(1, TypeHeader.text("an unknown token", "postDeleted")));
        headers.add(weighted(1, TypeHeader.text("an empty token", "")));
        headers.add(weighted(1, TypeHeader.text("a class name", "java.util.HashMap")));
        headers.add(weighted(1, TypeHeader.text("a class of the events package", "io.rostrum.events.Author")));
        headers.add(weighted(1, new TypeHeader("a token of malformed UTF-8", new byte[] {(byte) 0xC3, 0x28})));
        return Generate.frequency(headers);
    }

    private static Pair<Integer, Gen<TypeHeader>> weighted(int weight, TypeHeader header) {
        return Pair.of(weight, Generate.constant(header));
    }

    private static FuzzInput sample(Topic<?, ?> topic) {
        return new FuzzInput(topic.typeToken(), SampleEvents.written(topic).value());
    }

    /** A service's value deserializer. */
    record Consumer(String service, Deserializer<Object> values) {

        @Override
        public String toString() {
            return service;
        }
    }

    /** The value of the type header, or none. */
    record TypeHeader(String description, byte @Nullable [] value) {

        static TypeHeader text(String description, @Nullable String value) {
            return new TypeHeader(description, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return description + (value == null ? "" : " '" + new String(value, StandardCharsets.UTF_8) + "'");
        }
    }

    /** A record's value and type header as a consumer receives them. */
    record Delivery(Topic<?, ?> topic, FuzzInput value, TypeHeader header, Consumer consumer) {

        Headers headers() {
            RecordHeaders headers = new RecordHeaders();
            if (header.value() != null) {
                headers.add(TYPE_HEADER, header.value());
            }
            return headers;
        }

        @Override
        public String toString() {
            return value + " on " + topic.name() + " with " + header + " to " + consumer;
        }
    }
}
