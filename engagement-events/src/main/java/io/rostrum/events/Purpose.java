package io.rostrum.events;

/** What a post is for: processing information, or influencing how stakeholders see things. */
public enum Purpose implements Identified {
    INFORMATION_PROCESSING("information-processing"),
    SOCIAL_INFLUENCE("social-influence");

    private final String id;

    Purpose(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
