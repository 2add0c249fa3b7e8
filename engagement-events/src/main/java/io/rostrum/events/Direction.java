package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a post moves stakeholders towards shared understanding or opens up variety (or confusion). */
public enum Direction implements Identified {
    CONVERGENCE("convergence"),
    DIVERGENCE("divergence");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Direction fromId(String id) {
        return Identified.byId(Direction.class, id);
    }
}
