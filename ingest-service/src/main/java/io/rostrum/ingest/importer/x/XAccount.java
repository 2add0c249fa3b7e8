package io.rostrum.ingest.importer.x;

import io.rostrum.events.Author;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Whose archive it is, from {@code data/account.js}, else the manifest's {@code userInfo}. Without either (a lone
 * tweets file) the executive id stands in for the account, and self-threads cannot be told from replies.
 *
 * @param id the numeric account id, when the archive names it
 */
record XAccount(@Nullable String id, String handle, String displayName) {

    static XAccount of(Optional<JsonNode> accountFile, Optional<JsonNode> manifest, String executiveId) {
        JsonNode account = accountFile.map(value -> value.path(0).path("account")).orElse(null);
        if (account != null && Tweets.text(account, "accountId") != null) {
            String handle = orElse(Tweets.text(account, "username"), executiveId);
            String name = orElse(Tweets.text(account, "accountDisplayName"),
                    orElse(Tweets.text(account, "displayName"), handle));
            return new XAccount(Tweets.text(account, "accountId"), handle, name);
        }
        JsonNode user = manifest.map(value -> value.path("userInfo")).orElse(null);
        if (user != null && Tweets.text(user, "accountId") != null) {
            String handle = orElse(Tweets.text(user, "userName"), executiveId);
            return new XAccount(Tweets.text(user, "accountId"), handle,
                    orElse(Tweets.text(user, "displayName"), handle));
        }
        return new XAccount(null, executiveId, executiveId);
    }

    Author author(long followers) {
        return Author.of(id == null ? handle : id, handle, displayName, null, followers, true);
    }

    String statusUrl(String tweetId) {
        return id == null ? "https://x.com/i/web/status/" + tweetId : "https://x.com/" + handle + "/status/" + tweetId;
    }

    private static String orElse(@Nullable String value, String fallback) {
        return value == null ? fallback : value;
    }
}
