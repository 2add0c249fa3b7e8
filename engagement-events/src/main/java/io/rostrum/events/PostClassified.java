package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post with its classification, and for stakeholder replies their score. Carries the whole observation so
 * consumers need no join.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostClassified(int schemaVersion, String eventId, Instant classifiedAt, PostObserved post,
                             Classification classification, @Nullable ReplyScore replyScore) {

    public PostClassified {
        Events.requireSchemaVersion(schemaVersion);
        Events.requiredText(eventId, "eventId");
        Events.required(classifiedAt, "classifiedAt");
        Events.required(post, "post");
        Events.required(classification, "classification");
    }

    /** The classification of one observation; its event id follows from the observation's. */
    public static PostClassified of(PostObserved post, Classification classification,
                                    @Nullable ReplyScore replyScore, Instant classifiedAt) {
        return new PostClassified(Events.SCHEMA_VERSION, Events.deterministicId("classified", post.eventId()),
                classifiedAt, post, classification, replyScore);
    }
}
