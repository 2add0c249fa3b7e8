package io.rostrum.ingest.registry;

/** One fault in a registration, with the path of the field at fault ({@code executives[2].accounts[0].handle}). */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
