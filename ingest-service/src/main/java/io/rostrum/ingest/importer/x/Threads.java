package io.rostrum.ingest.importer.x;

import io.rostrum.events.Platform;
import io.rostrum.events.PostKind;
import io.rostrum.events.PostObserved;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Where each tweet stands in the executive's threads, learnt in a first pass over the archive because a reply
 * often comes before its parent (archives list newest first).
 * <ul>
 *   <li>Not a reply: {@link PostKind#EXECUTIVE_POST}.</li>
 *   <li>A reply to someone else: {@link PostKind#EXECUTIVE_REPLY}; the conversation's root is not in the archive.</li>
 *   <li>A reply to the executive's own tweet continues that thread and takes the kind of the thread's first own
 *       tweet: a self-thread under a top-level post is {@link PostKind#EXECUTIVE_POST} with {@code inReplyToKey}
 *       and {@code threadRootKey} set (one long post in several parts); a follow-up to the executive's own reply to
 *       someone else is another {@link PostKind#EXECUTIVE_REPLY}.</li>
 * </ul>
 */
final class Threads {

    /** Longer self-threads than this are cut short: it only guards against a cycle in corrupt data. */
    private static final int MAX_THREAD_LENGTH = 10_000;

    private final @Nullable String ownAccountId;
    private final Map<String, String> selfReplyParents = new HashMap<>();
    private final Set<String> repliesToOthers = new HashSet<>();

    record Placement(PostKind kind, @Nullable String inReplyToKey, @Nullable String threadRootKey) {
    }

    Threads(@Nullable String ownAccountId) {
        this.ownAccountId = ownAccountId;
    }

    void learn(JsonNode tweet) {
        String id = Tweets.text(tweet, "id_str");
        String parent = Tweets.text(tweet, "in_reply_to_status_id_str");
        if (id == null || parent == null) {
            return;
        }
        if (isOwn(Tweets.text(tweet, "in_reply_to_user_id_str"))) {
            selfReplyParents.put(id, parent);
        } else {
            repliesToOthers.add(id);
        }
    }

    Placement place(String id, @Nullable String parent, @Nullable String parentAuthor, boolean repost) {
        if (repost) {
            return new Placement(PostKind.REPOST, null, null);
        }
        if (parent == null) {
            return new Placement(PostKind.EXECUTIVE_POST, null, null);
        }
        String parentKey = key(parent);
        if (!isOwn(parentAuthor)) {
            return new Placement(PostKind.EXECUTIVE_REPLY, parentKey, null);
        }
        String root = parent;
        for (int step = 0; selfReplyParents.containsKey(root) && step < MAX_THREAD_LENGTH; step++) {
            root = selfReplyParents.get(root);
        }
        return repliesToOthers.contains(root)
                ? new Placement(PostKind.EXECUTIVE_REPLY, parentKey, null)
                : new Placement(PostKind.EXECUTIVE_POST, parentKey, key(root));
    }

    private boolean isOwn(@Nullable String accountId) {
        return ownAccountId != null && ownAccountId.equals(accountId);
    }

    private static String key(String tweetId) {
        return PostObserved.postKey(Platform.X, tweetId);
    }
}
