package io.rostrum.events;

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
    public String id() {
        return id;
    }
}
