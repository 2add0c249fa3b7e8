package io.rostrum.classify.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text of recently seen posts by post key, so an executive's reply can be read together with the message
 * it answers. Connectors publish a thread's posts before the replies to them, on the executive's partition, so
 * the parent is usually here; after a restart the memory refills from the stream, and a reply whose parent
 * is unknown is classified from its own text and the fact that it is a reply.
 */
final class ThreadMemory {

    private final Map<String, String> texts;

    ThreadMemory(int capacity) {
        texts = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(String postKey, String text) {
        texts.put(postKey, text);
    }

    synchronized @Nullable String textOf(@Nullable String postKey) {
        return postKey == null ? null : texts.get(postKey);
    }
}
