package io.rostrum.events;

/** Whether a post takes part in a two-way exchange with stakeholders. */
public enum Reciprocity implements Identified {
    RECIPROCAL("reciprocal"),
    NON_RECIPROCAL("non-reciprocal");

    private final String id;

    Reciprocity(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
