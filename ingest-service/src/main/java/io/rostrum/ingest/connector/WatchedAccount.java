package io.rostrum.ingest.connector;

import io.rostrum.events.Platform;
import org.jspecify.annotations.Nullable;

/**
 * An executive's account on a platform, as the registry declares it.
 *
 * @param handle Mastodon {@code user@instance}, Bluesky handle or DID, or for feeds the feed URL
 * @param url    the account's profile or feed URL, where the platform needs one
 */
public record WatchedAccount(String executiveId, Platform platform, String handle, @Nullable String url) {

    /** Identifies the account across restarts: the key of its cursor. */
    public String key() {
        return platform.id() + ":" + executiveId + ":" + handle;
    }
}
