package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A value with a stable external id: the spelling used in events, indices, APIs and files. Jackson writes the id
 * and reads it back (an unknown id fails, naming the accepted ones).
 */
public interface Identified {

    @JsonValue
    String id();
}
