package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a post takes part in a two-way exchange with stakeholders. */
public enum Reciprocity implements Identified {
    RECIPROCAL("reciprocal"),
    NON_RECIPROCAL("non-reciprocal");

    private final String id;

    Reciprocity(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Reciprocity fromId(String id) {
        return Identified.byId(Reciprocity.class, id);
    }
}
