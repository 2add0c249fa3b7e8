package io.rostrum.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Rules every event record shares. */
public final class Events {

    /** The schema version written into every event; readers tolerate unknown fields of newer versions. */
    public static final int SCHEMA_VERSION = 1;

    private Events() {
    }

    /**
     * A name-based id, so the same observation replayed twice gets the same event id and a dataset
     * generated from a seed is byte-for-byte reproducible.
     */
    public static String deterministicId(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("|", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A missing field is bad input like any other invalid value, so it fails the same way (not with a
     * NullPointerException, which reads as a bug in whatever reads the event), naming the field.
     */
    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String requiredText(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Refuses a text longer than the contract carries ({@link TextLimits}), naming the field. */
    static void atMost(@Nullable String value, String field, int limit) {
        TextLimits.excess(value, limit).ifPresent(excess -> {
            throw new IllegalArgumentException(field + " " + excess);
        });
    }

    static void requireSchemaVersion(int schemaVersion) {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more, was " + schemaVersion);
        }
    }
}
