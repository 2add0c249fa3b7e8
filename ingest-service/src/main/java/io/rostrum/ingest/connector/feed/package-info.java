/**
 * RSS 2.0 and Atom feeds of executives' blogs and newsletters: a polling connector with conditional requests, and
 * the entry-to-post mapping that the feed file importer shares. Feeds carry neither replies nor engagement
 * counters, so every entry becomes an executive post with zero metrics.
 */
@NullMarked
package io.rostrum.ingest.connector.feed;

import org.jspecify.annotations.NullMarked;
