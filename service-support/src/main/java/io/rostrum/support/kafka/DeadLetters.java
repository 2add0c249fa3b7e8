package io.rostrum.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Sets aside a record that can never be processed: to {@code <topic>.dlt} (same partition, the error and the
 * original coordinates in headers), counted in {@code rostrum.dead.letters} and logged. Inside a listener's
 * Kafka transaction the dead letter commits together with everything else.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(DeadLetters.class);

    private final DeadLetterPublishingRecoverer recoverer;
    private final MeterRegistry meters;

    DeadLetters(DeadLetterPublishingRecoverer recoverer, MeterRegistry meters) {
        this.recoverer = recoverer;
        this.meters = meters;
    }

    /** A deliberate deletion on a compacted topic: no value, and no failed deserialization behind it. */
    public static boolean isTombstone(ConsumerRecord<?, ?> record) {
        return record.value() == null
                && record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) == null;
    }

    /**
     * Why a record arrived without a value: the deserializer's failure, carried in its headers, when its bytes
     * were not a readable event.
     */
    public static Exception unreadable(ConsumerRecord<?, ?> record) {
        @Nullable DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
        return failure != null ? failure : new IllegalArgumentException("record has no value");
    }

    public void send(ConsumerRecord<?, ?> record, Exception cause) {
        log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), cause.toString());
        recoverer.accept(record, cause);
        count(record.topic()).increment();
    }

    /** The dead-letter count of records read from the topic. */
    Counter count(String topic) {
        return meters.counter("rostrum.dead.letters", "topic", topic);
    }
}
