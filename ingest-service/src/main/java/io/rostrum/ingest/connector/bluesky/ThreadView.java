package io.rostrum.ingest.connector.bluesky;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A {@code getPostThread} answer flattened: the watched post and every reply below it that can be shown. Replies
 * are a union; deleted ({@code #notFoundPost}) and blocked ({@code #blockedPost}) ones and types this code does not
 * know are counted and passed over, together with anything below them.
 *
 * @param root null when the watched post itself is gone or blocked
 */
record ThreadView(@Nullable JsonNode root, List<Reply> replies, int notFound, int blocked, int unknown) {

    private static final String POST = "app.bsky.feed.defs#threadViewPost";
    private static final String NOT_FOUND = "app.bsky.feed.defs#notFoundPost";
    private static final String BLOCKED = "app.bsky.feed.defs#blockedPost";

    /** A reply and the post it appeared under, in case its record lacks a reply reference. */
    record Reply(JsonNode post, AtUri parent) {
    }

    /** The watched post no longer exists. */
    static ThreadView deleted() {
        return new ThreadView(null, List.of(), 1, 0, 0);
    }

    static ThreadView of(JsonNode body) {
        JsonNode thread = Json.object(body, "thread");
        Walk walk = new Walk();
        if (!POST.equals(Json.type(thread))) {
            walk.skip(thread);
            return new ThreadView(null, List.of(), walk.notFound, walk.blocked, walk.unknown);
        }
        JsonNode root = Json.object(thread, "post");
        walk.replies(thread, AtUri.parse(Json.text(root, "uri")));
        return new ThreadView(root, walk.replies, walk.notFound, walk.blocked, walk.unknown);
    }

    private static final class Walk {
        private final List<Reply> replies = new ArrayList<>();
        private int notFound;
        private int blocked;
        private int unknown;

        void replies(JsonNode threadViewPost, AtUri parent) {
            for (JsonNode child : threadViewPost.path("replies")) {
                if (POST.equals(Json.type(child))) {
                    JsonNode post = Json.object(child, "post");
                    replies.add(new Reply(post, parent));
                    replies(child, AtUri.parse(Json.text(post, "uri")));
                } else {
                    skip(child);
                }
            }
        }

        void skip(JsonNode node) {
            String type = Json.type(node);
            if (NOT_FOUND.equals(type)) {
                notFound++;
            } else if (BLOCKED.equals(type)) {
                blocked++;
            } else {
                unknown++;
            }
        }
    }
}
