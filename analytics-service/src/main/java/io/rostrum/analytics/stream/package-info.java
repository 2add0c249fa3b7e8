/**
 * The detectors as a Kafka Streams topology: classified posts in, alerts out, each executive's detector state in a
 * changelogged state store, exactly-once.
 */
@NullMarked
package io.rostrum.analytics.stream;

import org.jspecify.annotations.NullMarked;
