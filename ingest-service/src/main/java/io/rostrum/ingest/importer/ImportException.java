package io.rostrum.ingest.importer;

/** An export could not be read: the message names the file, where in it, and what was expected there. */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
