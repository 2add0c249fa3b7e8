package io.rostrum.analytics.index;

/** Elasticsearch could not take a batch for now (overloaded or failing); the batch is retried as a whole. */
public class RetryableIndexingException extends RuntimeException {

    public RetryableIndexingException(String message) {
        super(message);
    }
}
