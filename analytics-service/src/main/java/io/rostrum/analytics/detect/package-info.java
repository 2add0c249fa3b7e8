/**
 * The alert detectors: plain, deterministic code over one executive's history, run both by the Kafka Streams
 * topology and by the offline {@code ./rostrum detect} replay, so a backtest raises exactly what the service would.
 */
@NullMarked
package io.rostrum.analytics.detect;

import org.jspecify.annotations.NullMarked;
