package io.rostrum.ingest.connector.bluesky;

import io.rostrum.events.Author;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Authors from profile views. A {@code profileViewDetailed} carries description and follower count; a
 * {@code profileViewBasic} (embedded in posts) does not, so such authors are enriched from getProfiles first and
 * only fall back to no profile text and zero followers when the AppView no longer returns the profile.
 */
final class Authors {

    private Authors() {
    }

    static Author of(JsonNode profile, boolean executive) {
        String did = Json.text(profile, "did");
        String handle = Json.text(profile, "handle");
        String displayName = Json.optionalText(profile, "displayName");
        return Author.of(did, handle, displayName == null || displayName.isBlank() ? handle : displayName,
                blankToNull(Json.optionalText(profile, "description")), Json.count(profile, "followersCount"),
                executive);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
