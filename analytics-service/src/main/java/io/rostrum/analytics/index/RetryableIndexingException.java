package io.rostrum.analytics.index;

/**
 * Elasticsearch could not take part of a poll for now (unreachable, overloaded or failing); the poll fails and
 * the Kafka error handler retries it as a whole. Safe, since every write is an idempotent versioned upsert.
 */
public class RetryableIndexingException extends RuntimeException {

    public RetryableIndexingException(String message) {
        super(message);
    }

    public RetryableIndexingException(String message, Throwable cause) {
        super(message, cause);
    }
}
