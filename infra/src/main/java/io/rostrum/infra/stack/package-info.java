/**
 * The embedded local stack: a real single-node Kafka (KRaft) and a real Elasticsearch node, each run as a
 * child process with its state under {@code .rostrum/}. Used by {@code ./rostrum} and by integration tests.
 */
@NullMarked
package io.rostrum.infra.stack;

import org.jspecify.annotations.NullMarked;
