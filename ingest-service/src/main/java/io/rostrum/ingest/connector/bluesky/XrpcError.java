package io.rostrum.ingest.connector.bluesky;

import io.rostrum.ingest.connector.ConnectorException;

/** An XRPC error body ({@code {"error":"NotFound","message":...}}); callers may tolerate some error names. */
final class XrpcError extends ConnectorException {

    private final String error;

    XrpcError(String message, String error) {
        super(message);
        this.error = error;
    }

    String error() {
        return error;
    }
}
