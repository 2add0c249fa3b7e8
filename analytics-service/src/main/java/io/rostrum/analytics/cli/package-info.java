/** Offline commands run from analytics-service's jar without starting the service. */
@NullMarked
package io.rostrum.analytics.cli;

import org.jspecify.annotations.NullMarked;
