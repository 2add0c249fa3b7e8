package io.rostrum.analytics.index;

/**
 * Elasticsearch refused a document for good (a mapping error, say): sending it again would fail the same way, so
 * its record is dead-lettered with this as the reason.
 */
class DocumentRefusedException extends RuntimeException {

    DocumentRefusedException(String message) {
        super(message);
    }
}
