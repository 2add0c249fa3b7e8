@NullMarked
package io.rostrum.dashboard.config;

import org.jspecify.annotations.NullMarked;
