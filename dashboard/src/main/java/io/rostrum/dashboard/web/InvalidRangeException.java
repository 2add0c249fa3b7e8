package io.rostrum.dashboard.web;

/** A range control the page cannot use; the message names the control and says what it takes. */
class InvalidRangeException extends RuntimeException {

    InvalidRangeException(String message) {
        super(message);
    }
}
