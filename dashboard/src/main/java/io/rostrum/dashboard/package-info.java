/** The dashboard: the comms team's web UI. */
@NullMarked
package io.rostrum.dashboard;

import org.jspecify.annotations.NullMarked;
