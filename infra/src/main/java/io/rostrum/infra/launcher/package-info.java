/** The {@code ./rostrum} launcher: the local stack, the four services and the demo data, started as one. */
@NullMarked
package io.rostrum.infra.launcher;

import org.jspecify.annotations.NullMarked;
