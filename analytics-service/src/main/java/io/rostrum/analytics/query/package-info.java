@NullMarked
package io.rostrum.analytics.query;

import org.jspecify.annotations.NullMarked;
