package io.rostrum.ingest.connector.bluesky;

import io.rostrum.events.Author;
import io.rostrum.events.MetricSnapshot;
import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Turns {@code app.bsky.feed.defs#postView}s into observations on one executive's behalf, all at one moment. */
final class PostReader {

    private final String executiveId;
    private final Author executive;
    private final Instant observedAt;

    PostReader(String executiveId, Author executive, Instant observedAt) {
        this.executiveId = executiveId;
        this.executive = executive;
        this.observedAt = observedAt;
    }

    Author executive() {
        return executive;
    }

    boolean byExecutive(JsonNode postView) {
        return executive.id().equals(Json.text(Json.object(postView, "author"), "did"));
    }

    /**
     * A post as its author wrote it. {@code parentInThread} stands in for the record's reply reference when a
     * thread shows a reply whose record lacks one.
     */
    PostObserved post(JsonNode postView, Author author, @Nullable AtUri parentInThread, @Nullable AtUri threadRoot) {
        AtUri uri = AtUri.parse(Json.text(postView, "uri"));
        JsonNode record = Json.object(postView, "record");
        ReplyRef reply = ReplyRef.of(record);
        if (reply == null && parentInThread != null && threadRoot != null) {
            reply = new ReplyRef(threadRoot, parentInThread);
        }
        return PostObserved.observe(executiveId, Platform.BLUESKY, uri.nativeId(), kind(uri.did(), reply), author,
                reply == null ? null : reply.parent().postKey(), reply == null ? null : reply.root().postKey(),
                createdAt(postView, record), text(record), language(record), uri.webUrl(author.handle()),
                metrics(postView));
    }

    /**
     * The executive's repost of a post. Its native id is {@code <executive did>/repost/<rkey of the repost record>}
     * from the reason's at-URI; older AppViews omit that URI, then {@code <executive did>/repost/<rkey of the
     * reposted post>-<epoch millis of the reason's indexedAt>} keeps repeated reposts of one post apart. Text, URL
     * and counters are the reposted post's, the time is when the executive reposted.
     */
    PostObserved repost(JsonNode postView, JsonNode reason) {
        AtUri original = AtUri.parse(Json.text(postView, "uri"));
        Instant repostedAt = Json.instant(reason, "indexedAt");
        String repostUri = Json.optionalText(reason, "uri");
        String rkey = repostUri != null ? AtUri.parse(repostUri).rkey()
                : original.rkey() + "-" + repostedAt.toEpochMilli();
        JsonNode record = Json.object(postView, "record");
        String originalHandle = Json.text(Json.object(postView, "author"), "handle");
        return PostObserved.observe(executiveId, Platform.BLUESKY, executive.id() + "/repost/" + rkey, PostKind.REPOST,
                executive, null, null, repostedAt, text(record), language(record), original.webUrl(originalHandle),
                metrics(postView));
    }

    /** A self-thread continues the executive's own thread; answering anyone else's post or thread is a reply. */
    private PostKind kind(String authorDid, @Nullable ReplyRef reply) {
        String executiveDid = executive.id();
        if (!authorDid.equals(executiveDid)) {
            return PostKind.STAKEHOLDER_REPLY;
        }
        if (reply == null || (reply.root().did().equals(executiveDid) && reply.parent().did().equals(executiveDid))) {
            return PostKind.EXECUTIVE_POST;
        }
        return PostKind.EXECUTIVE_REPLY;
    }

    /** The author's claimed time, unless a client wrote something unreadable; then when the AppView saw it. */
    private static Instant createdAt(JsonNode postView, JsonNode record) {
        Instant claimed = Json.optionalInstant(record, "createdAt");
        return claimed != null ? claimed : Json.instant(postView, "indexedAt");
    }

    private static String text(JsonNode record) {
        String text = Json.optionalText(record, "text");
        return FacetText.render(text == null ? "" : text, record.get("facets"));
    }

    private static @Nullable String language(JsonNode record) {
        JsonNode langs = record.path("langs");
        return langs.isArray() && !langs.isEmpty() && langs.get(0).isString() ? langs.get(0).stringValue() : null;
    }

    private MetricSnapshot metrics(JsonNode postView) {
        return new MetricSnapshot(Json.count(postView, "replyCount"), Json.count(postView, "repostCount"),
                Json.count(postView, "likeCount"), Json.count(postView, "quoteCount"), observedAt);
    }
}
