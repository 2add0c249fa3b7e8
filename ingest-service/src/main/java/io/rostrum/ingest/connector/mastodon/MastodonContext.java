package io.rostrum.ingest.connector.mastodon;

import java.util.List;

/** Mastodon's Context entity: the statuses above a status in its thread, and those below it. */
record MastodonContext(List<MastodonStatus> ancestors, List<MastodonStatus> descendants) {

    MastodonContext {
        ancestors = ancestors == null ? List.of() : List.copyOf(ancestors);
        descendants = descendants == null ? List.of() : List.copyOf(descendants);
    }
}
