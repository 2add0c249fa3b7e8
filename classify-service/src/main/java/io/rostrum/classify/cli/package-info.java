/** {@code ./rostrum classify}: the shipped models on the command line, offline. */
@NullMarked
package io.rostrum.classify.cli;

import org.jspecify.annotations.NullMarked;
