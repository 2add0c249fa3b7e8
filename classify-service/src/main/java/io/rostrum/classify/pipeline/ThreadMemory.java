package io.rostrum.classify.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Recently seen posts by post key (their text and whether the executive wrote them), so an executive's reply can
 * be read together with the message it answers, and a reply to their own post is known for a thread continuation. Connectors publish a thread's posts before the replies to them, on the executive's partition, so
 * the parent is usually here; after a restart the memory refills from the stream, and a reply whose parent
 * is unknown is classified from its own text and the fact that it is a reply.
 */
final class ThreadMemory {

    /** A remembered post. */
    record Remembered(String text, boolean byExecutive) {
    }

    private final Map<String, Remembered> posts;

    ThreadMemory(int capacity) {
        posts = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(String postKey, String text, boolean byExecutive) {
        posts.put(postKey, new Remembered(text, byExecutive));
    }

    synchronized @Nullable Remembered recall(@Nullable String postKey) {
        return postKey == null ? null : posts.get(postKey);
    }
}
