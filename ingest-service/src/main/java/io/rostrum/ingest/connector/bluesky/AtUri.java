package io.rostrum.ingest.connector.bluesky;

import io.rostrum.events.Platform;
import io.rostrum.events.PostObserved;

/**
 * An at-URI naming a record, {@code at://<did>/<collection>/<rkey>}.
 *
 * <p>A post's native id is {@code <did>/<rkey>}: a record key is unique only within its author's repository, so the
 * DID makes it unique across Bluesky, and neither part can contain a slash, so the id reads back unambiguously
 * (see {@link #ofPost}).
 */
record AtUri(String did, String collection, String rkey) {

    static final String POST = "app.bsky.feed.post";

    private static final String SCHEME = "at://";

    static AtUri parse(String uri) {
        String[] parts = uri.startsWith(SCHEME) ? uri.substring(SCHEME.length()).split("/", -1) : new String[0];
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
            throw new PayloadException("not a record at-URI: " + uri);
        }
        return new AtUri(parts[0], parts[1], parts[2]);
    }

    /** The post a native id of ours names. */
    static AtUri ofPost(String nativeId) {
        int slash = nativeId.lastIndexOf('/');
        if (slash <= 0 || slash == nativeId.length() - 1) {
            throw new IllegalArgumentException("not a Bluesky post id: " + nativeId);
        }
        return new AtUri(nativeId.substring(0, slash), POST, nativeId.substring(slash + 1));
    }

    String nativeId() {
        return did + "/" + rkey;
    }

    String postKey() {
        return PostObserved.postKey(Platform.BLUESKY, nativeId());
    }

    /** The post's page in the Bluesky web app; a handle that failed verification is replaced by the DID. */
    String webUrl(String handle) {
        String profile = handle.isBlank() || handle.equals("handle.invalid") ? did : handle;
        return "https://bsky.app/profile/" + profile + "/post/" + rkey;
    }

    @Override
    public String toString() {
        return SCHEME + did + "/" + collection + "/" + rkey;
    }
}
