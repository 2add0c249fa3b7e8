/** Command-line helpers shipped in the dashboard's jar. */
@NullMarked
package io.rostrum.dashboard.cli;

import org.jspecify.annotations.NullMarked;
