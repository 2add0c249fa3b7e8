package io.rostrum.dashboard.security;

/** The configured users cannot be used as they are; the message says which one and why. */
class InvalidUsersException extends IllegalStateException {

    InvalidUsersException(String message) {
        super(message);
    }
}
