/** JMH benchmarks run by {@code ./rostrum bench}; results go to docs/benchmarks.md. */
@NullMarked
package io.rostrum.bench;

import org.jspecify.annotations.NullMarked;
