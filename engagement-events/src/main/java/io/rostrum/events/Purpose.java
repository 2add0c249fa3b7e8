package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What a post is for: processing information, or influencing how stakeholders see things. */
public enum Purpose implements Identified {
    INFORMATION_PROCESSING("information-processing"),
    SOCIAL_INFLUENCE("social-influence");

    private final String id;

    Purpose(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Purpose fromId(String id) {
        return Identified.byId(Purpose.class, id);
    }
}
