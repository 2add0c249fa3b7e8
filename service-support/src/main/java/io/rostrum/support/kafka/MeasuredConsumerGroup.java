package io.rostrum.support.kafka;

/**
 * A consumer group of the service that is not a listener container's, such as a Kafka Streams application, whose
 * lag {@link ConsumerLag} should measure too.
 */
public record MeasuredConsumerGroup(String groupId) {
}
