package io.rostrum.ingest.connector.bluesky;

import io.rostrum.events.PostObserved;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One {@code app.bsky.feed.defs#feedViewPost} of the executive's author feed: where it sits and what it shows. The
 * executive's own posts and replies become observations, reposts by the executive become REPOSTs; anything else
 * (a reason of another kind, such as a pin) is passed over.
 */
record FeedItem(FeedPosition position, @Nullable PostObserved observation) {

    private static final String REPOST = "app.bsky.feed.defs#reasonRepost";

    static FeedItem read(JsonNode feedViewPost, PostReader reader) {
        JsonNode post = Json.object(feedViewPost, "post");
        JsonNode reason = feedViewPost.get("reason");
        if (reason != null && reason.isObject()) {
            if (REPOST.equals(Json.type(reason))) {
                PostObserved repost = reader.repost(post, reason);
                return new FeedItem(new FeedPosition(repost.createdAt(), repost.nativeId()), repost);
            }
            return new FeedItem(position(post), null);
        }
        FeedPosition position = position(post);
        return new FeedItem(position, reader.byExecutive(post)
                ? reader.post(post, reader.executive(), null, null) : null);
    }

    private static FeedPosition position(JsonNode post) {
        Instant indexedAt = Json.instant(post, "indexedAt");
        Instant createdAt = Json.optionalInstant(Json.object(post, "record"), "createdAt");
        Instant sortAt = createdAt != null && createdAt.isBefore(indexedAt) ? createdAt : indexedAt;
        return new FeedPosition(sortAt, AtUri.parse(Json.text(post, "uri")).nativeId());
    }
}
