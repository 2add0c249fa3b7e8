package io.rostrum.ingest.connector.mastodon;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields of Mastodon's Status entity the connector uses. A reblog is a wrapper status whose {@code reblog}
 * holds the status that was shared.
 *
 * @param content     HTML
 * @param spoilerText the content warning shown before the content, plain text
 * @param quotesCount only sent by instances that support quote posts
 */
record MastodonStatus(String id, Instant createdAt, @Nullable String inReplyToId,
                      @Nullable String inReplyToAccountId, String visibility, @Nullable String language,
                      @Nullable String url, String content, String spoilerText, long repliesCount,
                      long reblogsCount, long favouritesCount, @Nullable Long quotesCount, MastodonAccount account,
                      @Nullable MastodonStatus reblog) {

    /** What anyone may see; private (followers-only) and direct statuses are never ingested. */
    private static final Set<String> PUBLIC_VISIBILITIES = Set.of("public", "unlisted");

    MastodonStatus {
        require(id, "status.id");
        require(createdAt, "status.created_at");
        require(visibility, "status.visibility");
        require(account, "status.account");
        content = content == null ? "" : content;
        spoilerText = spoilerText == null ? "" : spoilerText;
    }

    boolean visibleToAll() {
        return PUBLIC_VISIBILITIES.contains(visibility);
    }

    /** Jackson passes null for a missing field; the constructor of an entity rejects it with the field's name. */
    static void require(@Nullable Object value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }
}
