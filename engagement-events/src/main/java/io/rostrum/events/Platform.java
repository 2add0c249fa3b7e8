package io.rostrum.events;

/** Where a post was observed. The id is the first part of every post key. */
public enum Platform implements Identified {
    MASTODON("mastodon"),
    BLUESKY("bluesky"),
    RSS("rss"),
    X("x"),
    LINKEDIN("linkedin"),
    JSONL("jsonl");

    private final String id;

    Platform(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
