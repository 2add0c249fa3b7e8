package io.rostrum.events;

import java.util.List;

/** The topic catalogue: every topic Rostrum uses, with its single writer noted. */
public final class Topics {

    /** Written by ingest-service; key = executiveId. */
    public static final Topic<String, ExecutiveRegistered> EXECUTIVES =
            new Topic<>("engagement.executives.v1", String.class, ExecutiveRegistered.class, "executiveRegistered",
                    true);

    /** Written by ingest-service; key = executiveId, so each executive's posts stay in order. */
    public static final Topic<String, PostObserved> POSTS_RAW =
            new Topic<>("engagement.posts.raw.v1", String.class, PostObserved.class, "postObserved", false);

    /** Written by classify-service; key = executiveId. */
    public static final Topic<String, PostClassified> POSTS_CLASSIFIED =
            new Topic<>("engagement.posts.classified.v1", String.class, PostClassified.class, "postClassified",
                    false);

    /** Written by analytics-service; key = executiveId. */
    public static final Topic<String, AlertRaised> ALERTS =
            new Topic<>("engagement.alerts.v1", String.class, AlertRaised.class, "alertRaised", false);

    /**
     * Written and read by ingest-service alone; key = account key, value = its polling cursor as JSON bytes, a
     * format private to ingest (no type token is resolved for it).
     */
    public static final Topic<String, byte[]> INGEST_CURSORS =
            new Topic<>("engagement.ingest.cursors.v1", String.class, byte[].class, "accountCursor", true);

    /** The event topics, whose values are contract records. */
    public static final List<Topic<?, ?>> ALL = List.of(EXECUTIVES, POSTS_RAW, POSTS_CLASSIFIED, ALERTS);

    private Topics() {
    }

    /** The {@code spring.json.type.mapping} value pairing each token with its event class. */
    public static String typeMappings() {
        StringBuilder mappings = new StringBuilder();
        for (Topic<?, ?> topic : ALL) {
            if (!mappings.isEmpty()) {
                mappings.append(',');
            }
            mappings.append(topic.typeToken()).append(':').append(topic.valueType().getName());
        }
        return mappings.toString();
    }
}
