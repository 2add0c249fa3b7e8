package io.rostrum.ingest.connector.bluesky;

/** A response that is JSON but not shaped like the lexicon says; wrapped into a ConnectorException naming the call. */
final class PayloadException extends RuntimeException {

    PayloadException(String message) {
        super(message);
    }
}
