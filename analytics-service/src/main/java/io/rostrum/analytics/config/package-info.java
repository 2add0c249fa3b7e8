@NullMarked
package io.rostrum.analytics.config;

import org.jspecify.annotations.NullMarked;
