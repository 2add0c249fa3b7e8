package io.rostrum.events;

/** Whether a post moves stakeholders towards shared understanding or opens up variety (or confusion). */
public enum Direction implements Identified {
    CONVERGENCE("convergence"),
    DIVERGENCE("divergence");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
