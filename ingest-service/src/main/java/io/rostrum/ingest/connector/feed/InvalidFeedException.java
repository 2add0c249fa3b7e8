package io.rostrum.ingest.connector.feed;

/**
 * A document that is not a readable RSS or Atom feed. The message says where (line and column, when the XML
 * parser knows them) and what was wrong there; the caller prefixes the feed's URL or file.
 */
public class InvalidFeedException extends RuntimeException {

    InvalidFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
