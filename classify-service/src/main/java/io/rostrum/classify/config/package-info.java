@NullMarked
package io.rostrum.classify.config;

import org.jspecify.annotations.NullMarked;
