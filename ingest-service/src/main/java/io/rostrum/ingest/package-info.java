/** ingest-service: brings executives' posts and the replies to them into Kafka. */
@NullMarked
package io.rostrum.ingest;

import org.jspecify.annotations.NullMarked;
