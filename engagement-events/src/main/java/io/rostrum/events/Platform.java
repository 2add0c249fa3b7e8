package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

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
    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Platform fromId(String id) {
        return Identified.byId(Platform.class, id);
    }
}
