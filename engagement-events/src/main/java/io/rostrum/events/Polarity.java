package io.rostrum.events;

/** How a stakeholder reply reads: positive, negative or neutral. */
public enum Polarity implements Identified {
    POSITIVE("positive"),
    NEGATIVE("negative"),
    NEUTRAL("neutral");

    private final String id;

    Polarity(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
