package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of alert analytics-service raises about an executive. */
public enum AlertType implements Identified {
    APPROACH_SHIFT("approach-shift"),
    RESPONSE_SPIKE("response-spike"),
    SENTIMENT_DROP("sentiment-drop"),
    SILENCE("silence");

    private final String id;

    AlertType(String id) {
        this.id = id;
    }

    @Override
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static AlertType fromId(String id) {
        return Identified.byId(AlertType.class, id);
    }
}
