/** Keeps the registered accounts polled: who owns which executive, where each account stands, when it is due. */
@NullMarked
package io.rostrum.ingest.polling;

import org.jspecify.annotations.NullMarked;
