package io.rostrum.ingest.connector.bluesky;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The {@code reply} of a post record: the thread's first post and the direct parent. */
record ReplyRef(AtUri root, AtUri parent) {

    static @Nullable ReplyRef of(JsonNode record) {
        JsonNode reply = record.get("reply");
        if (reply == null || !reply.isObject()) {
            return null;
        }
        return new ReplyRef(AtUri.parse(Json.text(Json.object(reply, "root"), "uri")),
                AtUri.parse(Json.text(Json.object(reply, "parent"), "uri")));
    }
}
