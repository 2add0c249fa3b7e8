/**
 * Polls Bluesky's public AppView (XRPC, no login) for an executive's posts, replies and reposts and the replies in
 * their threads.
 */
@NullMarked
package io.rostrum.ingest.connector.bluesky;

import org.jspecify.annotations.NullMarked;
