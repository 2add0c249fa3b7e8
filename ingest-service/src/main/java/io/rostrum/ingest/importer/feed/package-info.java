/** Imports saved RSS and Atom files with the same entry-to-post mapping as the feed connector. */
@NullMarked
package io.rostrum.ingest.importer.feed;

import org.jspecify.annotations.NullMarked;
