package io.rostrum.events;

/** Who wrote a post and in what role within the executive's threads. */
public enum PostKind implements Identified {
    /** A top-level post by the executive. */
    EXECUTIVE_POST("executive-post", true),
    /** The executive answering someone in a thread. */
    EXECUTIVE_REPLY("executive-reply", true),
    /** A stakeholder replying to the executive or within the executive's thread. */
    STAKEHOLDER_REPLY("stakeholder-reply", false),
    /** The executive resharing someone else's post (often the organization's). */
    REPOST("repost", true);

    private final String id;
    private final boolean byExecutive;

    PostKind(String id, boolean byExecutive) {
        this.id = id;
        this.byExecutive = byExecutive;
    }

    @Override
    public String id() {
        return id;
    }

    /** True when the executive is the author, so the post counts towards the executive's own approach mix. */
    public boolean byExecutive() {
        return byExecutive;
    }
}
