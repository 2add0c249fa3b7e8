/**
 * The Mastodon connector: an executive's statuses from their home instance's public API, walked backwards for
 * history and forwards for news, and the replies to their recent posts on a decaying schedule.
 */
@NullMarked
package io.rostrum.ingest.connector.mastodon;

import org.jspecify.annotations.NullMarked;
