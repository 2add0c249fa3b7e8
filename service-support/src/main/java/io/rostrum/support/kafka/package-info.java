@NullMarked
package io.rostrum.support.kafka;

import org.jspecify.annotations.NullMarked;
