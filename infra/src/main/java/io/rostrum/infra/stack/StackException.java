package io.rostrum.infra.stack;

/** A problem starting or reaching the local stack, worded as one line a user can act on. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
