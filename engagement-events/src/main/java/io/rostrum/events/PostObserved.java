package io.rostrum.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A post seen on a platform: an executive's own post, reply or repost, or a stakeholder's reply in an
 * executive's thread. The {@code postKey} identifies the post across re-observations; a newer observation of
 * the same post replaces the older one downstream.
 *
 * @param postKey       {@code {platform}:{nativeId}}
 * @param executiveId   the executive whose activity this post belongs to (the author, or the one replied to)
 * @param inReplyToKey  post key of the direct parent, for replies
 * @param threadRootKey post key of the thread's first post, for replies
 * @param text          plain text, HTML already stripped; at most {@link TextLimits#POST_TEXT} characters
 * @param language      BCP 47 language tag when the platform reports one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostObserved(int schemaVersion, String eventId, String postKey, String executiveId,
                           Platform platform, String nativeId, PostKind kind, Author author,
                           @Nullable String inReplyToKey, @Nullable String threadRootKey, Instant createdAt,
                           String text, @Nullable String language, @Nullable String url, MetricSnapshot metrics) {

    public PostObserved {
        Events.requireSchemaVersion(schemaVersion);
        Events.requiredText(eventId, "eventId");
        Events.requiredText(executiveId, "executiveId");
        Events.required(platform, "platform");
        Events.requiredText(nativeId, "nativeId");
        Events.required(kind, "kind");
        Events.required(author, "author");
        Events.required(createdAt, "createdAt");
        Events.required(text, "text");
        Events.atMost(text, "text", TextLimits.POST_TEXT);
        Events.required(metrics, "metrics");
        if (!postKey(platform, nativeId).equals(postKey)) {
            throw new IllegalArgumentException(
                    "postKey must be " + postKey(platform, nativeId) + " but was " + postKey);
        }
        if (kind != PostKind.EXECUTIVE_POST && kind != PostKind.REPOST && inReplyToKey == null) {
            throw new IllegalArgumentException("inReplyToKey is required for a " + kind.id());
        }
    }

    /**
     * A new observation of a platform's post, with the current schema version and an event id derived from post and
     * time. A text longer than {@link TextLimits#POST_TEXT} is cut to it: the platform decided its length.
     */
    public static PostObserved observe(String executiveId, Platform platform, String nativeId, PostKind kind,
                                       Author author, @Nullable String inReplyToKey, @Nullable String threadRootKey,
                                       Instant createdAt, String text, @Nullable String language,
                                       @Nullable String url, MetricSnapshot metrics) {
        String postKey = postKey(platform, nativeId);
        return new PostObserved(Events.SCHEMA_VERSION,
                Events.deterministicId(postKey, metrics.observedAt().toString()), postKey, executiveId, platform,
                nativeId, kind, author, inReplyToKey, threadRootKey, createdAt,
                TextLimits.cut(text, TextLimits.POST_TEXT), language, url, metrics);
    }

    public static String postKey(Platform platform, String nativeId) {
        return platform.id() + ":" + nativeId;
    }

    /** When this observation was made: the time of its metric snapshot. */
    public Instant observedAt() {
        return metrics.observedAt();
    }
}
