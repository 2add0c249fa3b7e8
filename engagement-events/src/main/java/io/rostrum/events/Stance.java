package io.rostrum.events;

/** Where a stakeholder reply stands toward the executive it answers. */
public enum Stance implements Identified {
    SUPPORTIVE("supportive"),
    CRITICAL("critical"),
    QUESTION("question"),
    NEUTRAL("neutral");

    private final String id;

    Stance(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
