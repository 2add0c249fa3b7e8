package io.rostrum.ingest.connector;

/** A polling round failed for a reason other than a rate limit; the message names the account and the cause. */
public class ConnectorException extends RuntimeException {

    public ConnectorException(String message) {
        super(message);
    }

    public ConnectorException(String message, Throwable cause) {
        super(message, cause);
    }
}
