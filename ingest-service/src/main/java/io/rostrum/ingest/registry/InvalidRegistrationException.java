package io.rostrum.ingest.registry;

import java.util.List;
import java.util.stream.Collectors;

/** A registration (or a registry file) that cannot be accepted, with every fault found, each naming its field. */
public class InvalidRegistrationException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRegistrationException(List<FieldError> errors) {
        super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
