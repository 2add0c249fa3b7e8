@NullMarked
package io.rostrum.dashboard.analytics;

import org.jspecify.annotations.NullMarked;
