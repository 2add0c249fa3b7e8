@NullMarked
package io.rostrum.analytics.index;

import org.jspecify.annotations.NullMarked;
